-- Customer service saved replies (issue 12): a store's replies with variables ({customer_name}, {order_number}, {pickup_code},
-- {store_name}) filled from the conversation they are used in.
CREATE TABLE "support_canned_replies" (
    "id" TEXT NOT NULL CONSTRAINT "pk_support_canned_replies" PRIMARY KEY,
    "store_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    CONSTRAINT "fk_support_canned_replies_stores_store_id" FOREIGN KEY ("store_id") REFERENCES "stores" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_support_canned_replies_store_id" ON "support_canned_replies" ("store_id");
