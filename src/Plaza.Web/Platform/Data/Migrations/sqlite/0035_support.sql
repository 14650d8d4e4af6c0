-- Customer service (issue 12): a shopper's conversations with a store, their messages (numbered within the conversation; the
-- assistant's cards as JSON; internal notes), each conversation's status history (what service levels are counted from) and the
-- agents' seats (open counts under a limit).
CREATE TABLE "support_agents" (
    "store_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "max_open" INTEGER NOT NULL,
    "open_count" INTEGER NOT NULL,
    "away" INTEGER NOT NULL,
    "last_seen_utc" TEXT NOT NULL,
    "last_assigned_at_utc" TEXT NULL,
    CONSTRAINT "pk_support_agents" PRIMARY KEY ("store_id", "account_id"),
    CONSTRAINT "fk_support_agents_stores_store_id" FOREIGN KEY ("store_id") REFERENCES "stores" ("id") ON DELETE CASCADE
);

CREATE TABLE "support_conversations" (
    "id" TEXT NOT NULL CONSTRAINT "pk_support_conversations" PRIMARY KEY,
    "store_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "order_id" TEXT NULL,
    "product_id" TEXT NULL,
    "status" TEXT NOT NULL,
    "handler" TEXT NOT NULL,
    "assignee_id" TEXT NULL,
    "culture" TEXT NOT NULL,
    "failed_answers" INTEGER NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    "last_message_at_utc" TEXT NOT NULL,
    "cycle_started_at_utc" TEXT NOT NULL,
    "handed_over_at_utc" TEXT NULL,
    "handover_reason" TEXT NULL,
    "first_response_at_utc" TEXT NULL,
    "resolved_at_utc" TEXT NULL,
    "snoozed_until_utc" TEXT NULL,
    "customer_seen_at_utc" TEXT NULL,
    "customer_read_at_utc" TEXT NULL,
    "agent_read_at_utc" TEXT NULL,
    "rating" INTEGER NULL,
    "rating_comment" TEXT NULL,
    "message_count" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_support_conversations_stores_store_id" FOREIGN KEY ("store_id") REFERENCES "stores" ("id") ON DELETE CASCADE
);

CREATE TABLE "support_messages" (
    "id" TEXT NOT NULL CONSTRAINT "pk_support_messages" PRIMARY KEY,
    "conversation_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "author" TEXT NOT NULL,
    "author_id" TEXT NULL,
    "text" TEXT NOT NULL,
    "card_json" TEXT NULL,
    "intent" TEXT NULL,
    "photo_file_name" TEXT NULL,
    "internal" INTEGER NOT NULL,
    "sent_at_utc" TEXT NOT NULL,
    CONSTRAINT "fk_support_messages_support_conversations_conversation_id" FOREIGN KEY ("conversation_id") REFERENCES "support_conversations" ("id") ON DELETE CASCADE
);

CREATE TABLE "support_status_changes" (
    "id" TEXT NOT NULL CONSTRAINT "pk_support_status_changes" PRIMARY KEY,
    "conversation_id" TEXT NOT NULL,
    "from_status" TEXT NOT NULL,
    "to_status" TEXT NOT NULL,
    "at_utc" TEXT NOT NULL,
    CONSTRAINT "fk_support_status_changes_support_conversations_conversation_id" FOREIGN KEY ("conversation_id") REFERENCES "support_conversations" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_support_agents_account_id" ON "support_agents" ("account_id");

CREATE INDEX "ix_support_conversations_customer_id_last_message_at_utc" ON "support_conversations" ("customer_id", "last_message_at_utc");

CREATE INDEX "ix_support_conversations_store_id_assignee_id" ON "support_conversations" ("store_id", "assignee_id");

CREATE INDEX "ix_support_conversations_store_id_status_last_message_at_utc" ON "support_conversations" ("store_id", "status", "last_message_at_utc");

CREATE UNIQUE INDEX "ix_support_messages_conversation_id_seq" ON "support_messages" ("conversation_id", "seq");

CREATE INDEX "ix_support_status_changes_conversation_id_at_utc" ON "support_status_changes" ("conversation_id", "at_utc");
