-- The paid membership card (issue 4) and payments that pay more than orders (ADR 0013).
-- A payment now names its bill by kind ('order', 'membership-card') and id; order_id stays, for order
-- payments only, with its foreign key. SQLite cannot make a column nullable in place, so payments and
-- payment_refunds (whose order_id becomes nullable too) are rebuilt: new tables first, the child pointing
-- at the new parent, then the old ones dropped and the new ones renamed (the rename rewrites that reference).

CREATE TABLE "payments_new" (
    "id" TEXT NOT NULL CONSTRAINT "pk_payments" PRIMARY KEY,
    "kind" TEXT NOT NULL DEFAULT 'order',
    "payable_id" TEXT NOT NULL,
    "order_id" TEXT NULL,
    "account_id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_reference" TEXT NULL,
    "redirect_url" TEXT NULL,
    "amount_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    "completed_at_utc" TEXT NULL,
    CONSTRAINT "fk_payments_orders_order_id" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE RESTRICT
);

INSERT INTO "payments_new" ("id", "kind", "payable_id", "order_id", "account_id", "provider", "provider_reference", "redirect_url",
                            "amount_minor", "currency", "status", "created_at_utc", "completed_at_utc")
SELECT "id", 'order', "order_id", "order_id", "account_id", "provider", "provider_reference", "redirect_url",
       "amount_minor", "currency", "status", "created_at_utc", "completed_at_utc"
FROM "payments";

CREATE TABLE "payment_refunds_new" (
    "id" TEXT NOT NULL CONSTRAINT "pk_payment_refunds" PRIMARY KEY,
    "payment_id" TEXT NOT NULL,
    "order_id" TEXT NULL,
    "amount_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "provider_reference" TEXT NULL,
    "created_at_utc" TEXT NOT NULL,
    "completed_at_utc" TEXT NULL,
    CONSTRAINT "fk_payment_refunds_payments_payment_id" FOREIGN KEY ("payment_id") REFERENCES "payments_new" ("id") ON DELETE RESTRICT
);

INSERT INTO "payment_refunds_new" ("id", "payment_id", "order_id", "amount_minor", "currency", "reason", "status", "provider_reference",
                                   "created_at_utc", "completed_at_utc")
SELECT "id", "payment_id", "order_id", "amount_minor", "currency", "reason", "status", "provider_reference", "created_at_utc", "completed_at_utc"
FROM "payment_refunds";

DROP TABLE "payment_refunds";
DROP TABLE "payments";
ALTER TABLE "payments_new" RENAME TO "payments";
ALTER TABLE "payment_refunds_new" RENAME TO "payment_refunds";

CREATE INDEX "ix_payments_order_id" ON "payments" ("order_id");
CREATE INDEX "ix_payments_kind_payable_id" ON "payments" ("kind", "payable_id");
CREATE INDEX "ix_payment_refunds_order_id" ON "payment_refunds" ("order_id");
CREATE INDEX "ix_payment_refunds_payment_id" ON "payment_refunds" ("payment_id");

CREATE TABLE "membership_card_purchases" (
    "id" TEXT NOT NULL CONSTRAINT "pk_membership_card_purchases" PRIMARY KEY,
    "account_id" TEXT NOT NULL,
    "card_name" TEXT NOT NULL,
    "tier_name" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "price_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    "payment_id" TEXT NULL,
    "paid_at_utc" TEXT NULL,
    "valid_from_utc" TEXT NULL,
    "valid_until_utc" TEXT NULL
);

CREATE INDEX "ix_membership_card_purchases_account_id_created_at_utc" ON "membership_card_purchases" ("account_id", "created_at_utc");

CREATE TABLE "membership_cards" (
    "account_id" TEXT NOT NULL CONSTRAINT "pk_membership_cards" PRIMARY KEY,
    "tier_name" TEXT NOT NULL,
    "valid_until_utc" TEXT NOT NULL,
    "updated_at_utc" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);
