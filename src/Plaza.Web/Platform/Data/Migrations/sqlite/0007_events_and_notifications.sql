-- Domain events saved with the change that raised them (outbox), and in-app notifications.

CREATE TABLE "notification_opt_outs" (
    "account_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    CONSTRAINT "pk_notification_opt_outs" PRIMARY KEY ("account_id", "kind")
);

CREATE TABLE "notifications" (
    "id" TEXT NOT NULL CONSTRAINT "pk_notifications" PRIMARY KEY,
    "recipient_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "source_event_id" TEXT NOT NULL,
    "subject_id" TEXT NULL,
    "data" TEXT NOT NULL,
    "link" TEXT NULL,
    "created_at_utc" TEXT NOT NULL,
    "read_at_utc" TEXT NULL
);

CREATE TABLE "outbox_messages" (
    "id" TEXT NOT NULL CONSTRAINT "pk_outbox_messages" PRIMARY KEY,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "occurred_at_utc" TEXT NOT NULL,
    "processed_at_utc" TEXT NULL,
    "claimed_until_utc" TEXT NULL,
    "attempts" INTEGER NOT NULL,
    "last_error" TEXT NULL
);

CREATE INDEX "ix_notifications_recipient_id_created_at_utc" ON "notifications" ("recipient_id", "created_at_utc");

CREATE UNIQUE INDEX "ix_notifications_recipient_id_source_event_id" ON "notifications" ("recipient_id", "source_event_id");

CREATE INDEX "ix_outbox_messages_processed_at_utc_occurred_at_utc" ON "outbox_messages" ("processed_at_utc", "occurred_at_utc");
