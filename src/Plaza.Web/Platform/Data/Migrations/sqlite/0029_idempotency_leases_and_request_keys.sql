-- A request that died no longer holds its Idempotency-Key for a day (issue 10, ADR 0006). A claim has a lease its request
-- renews while it runs (lease_until_utc; null once the response is recorded) and a fencing number (attempt): a retry after the
-- lease lapsed takes the key over and runs again. Claims made before this have no lease: a retry takes them over at once.
-- What must not happen twice is keyed in the business transaction itself: an order and a refund keep the request that made
-- them ("{caller}/{key}") under a unique index, so a run after a crash finds what the dead run committed.
-- SQLite adds a NOT NULL column only with a default, which the model does not have: idempotency_records (no foreign keys) is
-- rebuilt instead.

CREATE TABLE "idempotency_records_new" (
    "id" TEXT NOT NULL CONSTRAINT "pk_idempotency_records" PRIMARY KEY,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "completed" INTEGER NOT NULL,
    "status_code" INTEGER NOT NULL,
    "content_type" TEXT NULL,
    "body" TEXT NULL,
    "created_at_utc" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "lease_until_utc" TEXT NULL
);

INSERT INTO "idempotency_records_new" ("id", "scope", "key", "request_hash", "completed", "status_code", "content_type", "body",
                                       "created_at_utc", "attempt", "lease_until_utc")
SELECT "id", "scope", "key", "request_hash", "completed", "status_code", "content_type", "body", "created_at_utc", 1, NULL
FROM "idempotency_records";

DROP TABLE "idempotency_records";
ALTER TABLE "idempotency_records_new" RENAME TO "idempotency_records";
CREATE UNIQUE INDEX "ix_idempotency_records_scope_key" ON "idempotency_records" ("scope", "key");

ALTER TABLE "orders" ADD COLUMN "request_key" TEXT NULL;
CREATE UNIQUE INDEX "ix_orders_request_key" ON "orders" ("request_key");

ALTER TABLE "payment_refunds" ADD COLUMN "request_key" TEXT NULL;
CREATE UNIQUE INDEX "ix_payment_refunds_request_key" ON "payment_refunds" ("request_key");
