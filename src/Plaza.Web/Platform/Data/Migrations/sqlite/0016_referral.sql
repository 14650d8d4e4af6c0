-- Referral: promoters (opt-in), commission rates per store (default, per category, per product; basis points for
-- level 1 and level 2), commissions per (order, level) frozen until the after-sales window closes, reversals per
-- refund, and each promoter's wallet: a ledger of entries plus a balance kept in step for conditional withdrawals.
-- Bindings are not stored here: they come from Sharing's share_signups through its contract.

CREATE TABLE "referral_commission_rates" (
    "id" TEXT NOT NULL CONSTRAINT "pk_referral_commission_rates" PRIMARY KEY,
    "store_id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "level1_basis_points" INTEGER NOT NULL,
    "level2_basis_points" INTEGER NOT NULL,
    "updated_at_utc" TEXT NOT NULL
);

CREATE TABLE "referral_commissions" (
    "id" TEXT NOT NULL CONSTRAINT "pk_referral_commissions" PRIMARY KEY,
    "order_id" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "promoter_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "store_id" TEXT NOT NULL,
    "base_minor" INTEGER NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "reversed_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "completed_at_utc" TEXT NOT NULL,
    "release_at_utc" TEXT NOT NULL,
    "released_at_utc" TEXT NULL
);

CREATE TABLE "referral_promoters" (
    "account_id" TEXT NOT NULL CONSTRAINT "pk_referral_promoters" PRIMARY KEY,
    "joined_at_utc" TEXT NOT NULL
);

CREATE TABLE "referral_wallet_entries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_referral_wallet_entries" PRIMARY KEY,
    "account_id" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "reference" TEXT NOT NULL,
    "commission_id" TEXT NULL,
    "state" TEXT NULL,
    "at_utc" TEXT NOT NULL
);

CREATE TABLE "referral_wallets" (
    "account_id" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "balance_minor" INTEGER NOT NULL,
    CONSTRAINT "pk_referral_wallets" PRIMARY KEY ("account_id", "currency")
);

CREATE TABLE "referral_commission_reversals" (
    "id" TEXT NOT NULL CONSTRAINT "pk_referral_commission_reversals" PRIMARY KEY,
    "commission_id" TEXT NOT NULL,
    "refunded_total_minor" INTEGER NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "after_release" INTEGER NOT NULL,
    "at_utc" TEXT NOT NULL,
    CONSTRAINT "fk_referral_commission_reversals_referral_commissions_commission_id" FOREIGN KEY ("commission_id") REFERENCES "referral_commissions" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_referral_commission_rates_store_id_scope_target_id" ON "referral_commission_rates" ("store_id", "scope", "target_id");

CREATE UNIQUE INDEX "ix_referral_commission_reversals_commission_id_refunded_total_minor" ON "referral_commission_reversals" ("commission_id", "refunded_total_minor");

CREATE UNIQUE INDEX "ix_referral_commissions_order_id_level" ON "referral_commissions" ("order_id", "level");

CREATE INDEX "ix_referral_commissions_promoter_id_completed_at_utc" ON "referral_commissions" ("promoter_id", "completed_at_utc");

CREATE INDEX "ix_referral_commissions_status_release_at_utc" ON "referral_commissions" ("status", "release_at_utc");

CREATE INDEX "ix_referral_wallet_entries_account_id_at_utc" ON "referral_wallet_entries" ("account_id", "at_utc");

CREATE UNIQUE INDEX "ix_referral_wallet_entries_reference" ON "referral_wallet_entries" ("reference");
