-- Customer service levels (issue 12): each store's targets (minutes of opening hours to a person's first reply and to
-- resolution) and every finished cycle of a conversation as it ended — who answered, the times, met or missed, the rating —
-- which the dashboard counts.
CREATE TABLE "support_service_targets" (
    "store_id" TEXT NOT NULL CONSTRAINT "pk_support_service_targets" PRIMARY KEY,
    "first_response_minutes" INTEGER NOT NULL,
    "resolution_minutes" INTEGER NOT NULL,
    "updated_at_utc" TEXT NOT NULL,
    CONSTRAINT "fk_support_service_targets_stores_store_id" FOREIGN KEY ("store_id") REFERENCES "stores" ("id") ON DELETE CASCADE
);

CREATE TABLE "support_cycles" (
    "id" TEXT NOT NULL CONSTRAINT "pk_support_cycles" PRIMARY KEY,
    "conversation_id" TEXT NOT NULL,
    "store_id" TEXT NOT NULL,
    "started_at_utc" TEXT NOT NULL,
    "resolved_at_utc" TEXT NOT NULL,
    "resolved_by" TEXT NOT NULL,
    "answered_by" TEXT NOT NULL,
    "first_response_seconds" INTEGER NULL,
    "first_response_met" INTEGER NULL,
    "resolution_seconds" INTEGER NULL,
    "resolution_met" INTEGER NULL,
    "rating" INTEGER NULL,
    CONSTRAINT "fk_support_cycles_support_conversations_conversation_id" FOREIGN KEY ("conversation_id") REFERENCES "support_conversations" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_support_cycles_conversation_id_resolved_at_utc" ON "support_cycles" ("conversation_id", "resolved_at_utc");

CREATE INDEX "ix_support_cycles_store_id_resolved_at_utc" ON "support_cycles" ("store_id", "resolved_at_utc");
