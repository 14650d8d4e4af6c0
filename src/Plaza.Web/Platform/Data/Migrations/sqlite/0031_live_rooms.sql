-- Live selling rooms (issue 11): rooms with their products, chat, sanctions, the replay's timeline, reminders, and
-- each viewer's chat pace (slow mode and the rate cap, moved by one conditional upsert).
CREATE TABLE "live_rooms" (
    "id" TEXT NOT NULL CONSTRAINT "pk_live_rooms" PRIMARY KEY,
    "store_id" TEXT NOT NULL,
    "host_account_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "scheduled_start_utc" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "stream_key" TEXT NOT NULL,
    "started_at_utc" TEXT NULL,
    "ended_at_utc" TEXT NULL,
    "slow_mode_seconds" INTEGER NOT NULL,
    "pinned_sku_id" TEXT NULL,
    "pinned_message_id" TEXT NULL,
    "likes" INTEGER NOT NULL,
    "likes_shown_at_utc" TEXT NULL,
    "peak_viewers" INTEGER NOT NULL,
    "product_clicks" INTEGER NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    CONSTRAINT "fk_live_rooms_stores_store_id" FOREIGN KEY ("store_id") REFERENCES "stores" ("id") ON DELETE CASCADE
);

CREATE TABLE "live_chatters" (
    "room_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "last_sent_ms" INTEGER NOT NULL,
    "window_start_ms" INTEGER NOT NULL,
    "window_count" INTEGER NOT NULL,
    CONSTRAINT "pk_live_chatters" PRIMARY KEY ("room_id", "account_id"),
    CONSTRAINT "fk_live_chatters_live_rooms_room_id" FOREIGN KEY ("room_id") REFERENCES "live_rooms" ("id") ON DELETE CASCADE
);

CREATE TABLE "live_messages" (
    "id" TEXT NOT NULL CONSTRAINT "pk_live_messages" PRIMARY KEY,
    "room_id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sent_at_utc" TEXT NOT NULL,
    "held" INTEGER NOT NULL,
    "deleted_at_utc" TEXT NULL,
    "deleted_by" TEXT NULL,
    CONSTRAINT "fk_live_messages_live_rooms_room_id" FOREIGN KEY ("room_id") REFERENCES "live_rooms" ("id") ON DELETE CASCADE
);

CREATE TABLE "live_reminders" (
    "room_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "asked_at_utc" TEXT NOT NULL,
    CONSTRAINT "pk_live_reminders" PRIMARY KEY ("room_id", "account_id"),
    CONSTRAINT "fk_live_reminders_live_rooms_room_id" FOREIGN KEY ("room_id") REFERENCES "live_rooms" ("id") ON DELETE CASCADE
);

CREATE TABLE "live_room_products" (
    "room_id" TEXT NOT NULL,
    "sku_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "pk_live_room_products" PRIMARY KEY ("room_id", "sku_id"),
    CONSTRAINT "fk_live_room_products_live_rooms_room_id" FOREIGN KEY ("room_id") REFERENCES "live_rooms" ("id") ON DELETE CASCADE
);

CREATE TABLE "live_sanctions" (
    "room_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "by_account_id" TEXT NOT NULL,
    "at_utc" TEXT NOT NULL,
    CONSTRAINT "pk_live_sanctions" PRIMARY KEY ("room_id", "account_id"),
    CONSTRAINT "fk_live_sanctions_live_rooms_room_id" FOREIGN KEY ("room_id") REFERENCES "live_rooms" ("id") ON DELETE CASCADE
);

CREATE TABLE "live_timeline" (
    "id" TEXT NOT NULL CONSTRAINT "pk_live_timeline" PRIMARY KEY,
    "room_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ref_id" TEXT NULL,
    "at_utc" TEXT NOT NULL,
    CONSTRAINT "fk_live_timeline_live_rooms_room_id" FOREIGN KEY ("room_id") REFERENCES "live_rooms" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_live_messages_author_id" ON "live_messages" ("author_id");

CREATE INDEX "ix_live_messages_room_id_sent_at_utc" ON "live_messages" ("room_id", "sent_at_utc");

CREATE INDEX "ix_live_reminders_account_id" ON "live_reminders" ("account_id");

CREATE INDEX "ix_live_rooms_host_account_id" ON "live_rooms" ("host_account_id");

CREATE INDEX "ix_live_rooms_state_scheduled_start_utc" ON "live_rooms" ("state", "scheduled_start_utc");

CREATE INDEX "ix_live_rooms_store_id_scheduled_start_utc" ON "live_rooms" ("store_id", "scheduled_start_utc");

CREATE UNIQUE INDEX "ix_live_rooms_stream_key" ON "live_rooms" ("stream_key");

CREATE INDEX "ix_live_sanctions_account_id" ON "live_sanctions" ("account_id");

CREATE INDEX "ix_live_timeline_room_id_at_utc" ON "live_timeline" ("room_id", "at_utc");
