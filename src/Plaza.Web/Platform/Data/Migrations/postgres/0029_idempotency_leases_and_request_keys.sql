-- A request that died no longer holds its Idempotency-Key for a day (issue 10, ADR 0006). A claim has a lease its request
-- renews while it runs (lease_until_utc; null once the response is recorded) and a fencing number (attempt): a retry after the
-- lease lapsed takes the key over and runs again. Claims made before this have no lease: a retry takes them over at once.
-- What must not happen twice is keyed in the business transaction itself: an order and a refund keep the request that made
-- them ("{caller}/{key}") under a unique index, so a run after a crash finds what the dead run committed.

ALTER TABLE idempotency_records ADD COLUMN attempt integer NOT NULL DEFAULT 1;
ALTER TABLE idempotency_records ALTER COLUMN attempt DROP DEFAULT;
ALTER TABLE idempotency_records ADD COLUMN lease_until_utc timestamp with time zone;

ALTER TABLE orders ADD COLUMN request_key character varying(140);
CREATE UNIQUE INDEX ix_orders_request_key ON orders (request_key);

ALTER TABLE payment_refunds ADD COLUMN request_key character varying(140);
CREATE UNIQUE INDEX ix_payment_refunds_request_key ON payment_refunds (request_key);
