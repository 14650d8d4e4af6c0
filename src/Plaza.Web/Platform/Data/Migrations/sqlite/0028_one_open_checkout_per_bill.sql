-- A bill has at most one open checkout (issue 10): pressing Pay again, or several times at once, returns the open checkout
-- instead of opening another at the provider. The unique index on a bill's pending payments decides between starts that race;
-- the provider's checkout is created after that row is committed, keyed by the payment's id, so every start gets the same one.
-- Bills that already have several pending payments keep the newest open; the older ones are closed as Failed (an event that
-- still arrives from their checkout is applied as before, and money that comes too late goes back).
-- The sandbox provider keeps one checkout per merchant reference (the payment id), as a provider keyed by it would.

UPDATE "payments" SET "status" = 'Failed', "completed_at_utc" = "created_at_utc"
WHERE "status" = 'Pending' AND EXISTS (
    SELECT 1 FROM "payments" AS "newer"
    WHERE "newer"."kind" = "payments"."kind" AND "newer"."payable_id" = "payments"."payable_id" AND "newer"."status" = 'Pending'
      AND ("newer"."created_at_utc" > "payments"."created_at_utc"
           OR ("newer"."created_at_utc" = "payments"."created_at_utc" AND "newer"."id" > "payments"."id")));

CREATE UNIQUE INDEX "ux_payments_open_bill" ON "payments" ("kind", "payable_id") WHERE status = 'Pending';

CREATE UNIQUE INDEX "ix_sandbox_checkouts_merchant_reference" ON "sandbox_checkouts" ("merchant_reference");
