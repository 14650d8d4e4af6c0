-- Payments know bills, not orders (ADR 0013): a payment is found by kind + payable_id, a refund by its payment, so
-- payments.order_id (with its foreign key to orders) and payment_refunds.order_id go; kind loses its 'order' default.
-- A refund is now recorded first and sent to the provider after the commit (ADR 0016): submit_after_utc is set while
-- it still has to be sent, submit_attempts counts the claims, last_error keeps the provider's last failure. Refunds made
-- before this were sent at once (attempts 1, nothing left to send). SQLite cannot drop a column with a foreign key, so
-- both tables are rebuilt as in 0020: new tables first, the child pointing at the new parent, then the old ones dropped
-- and the new ones renamed (the rename rewrites that reference).

CREATE TABLE "payments_new" (
    "id" TEXT NOT NULL CONSTRAINT "pk_payments" PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "payable_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_reference" TEXT NULL,
    "redirect_url" TEXT NULL,
    "amount_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    "completed_at_utc" TEXT NULL
);

INSERT INTO "payments_new" ("id", "kind", "payable_id", "account_id", "provider", "provider_reference", "redirect_url",
                            "amount_minor", "currency", "status", "created_at_utc", "completed_at_utc")
SELECT "id", "kind", "payable_id", "account_id", "provider", "provider_reference", "redirect_url",
       "amount_minor", "currency", "status", "created_at_utc", "completed_at_utc"
FROM "payments";

CREATE TABLE "payment_refunds_new" (
    "id" TEXT NOT NULL CONSTRAINT "pk_payment_refunds" PRIMARY KEY,
    "payment_id" TEXT NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "provider_reference" TEXT NULL,
    "created_at_utc" TEXT NOT NULL,
    "completed_at_utc" TEXT NULL,
    "submit_after_utc" TEXT NULL,
    "submit_attempts" INTEGER NOT NULL,
    "last_error" TEXT NULL,
    CONSTRAINT "fk_payment_refunds_payments_payment_id" FOREIGN KEY ("payment_id") REFERENCES "payments_new" ("id") ON DELETE RESTRICT
);

INSERT INTO "payment_refunds_new" ("id", "payment_id", "amount_minor", "currency", "reason", "status", "provider_reference",
                                   "created_at_utc", "completed_at_utc", "submit_after_utc", "submit_attempts", "last_error")
SELECT "id", "payment_id", "amount_minor", "currency", "reason", "status", "provider_reference",
       "created_at_utc", "completed_at_utc", NULL, 1, NULL
FROM "payment_refunds";

DROP TABLE "payment_refunds";
DROP TABLE "payments";
ALTER TABLE "payments_new" RENAME TO "payments";
ALTER TABLE "payment_refunds_new" RENAME TO "payment_refunds";

CREATE INDEX "ix_payments_kind_payable_id" ON "payments" ("kind", "payable_id");
CREATE INDEX "ix_payment_refunds_payment_id" ON "payment_refunds" ("payment_id");
CREATE INDEX "ix_payment_refunds_submit_after_utc" ON "payment_refunds" ("submit_after_utc");
