-- Loyalty: the points ledger (append-only entries, unique per account, kind and source) and one balance
-- row per account that only moves by conditional UPDATE, never below zero.

CREATE TABLE "points_accounts" (
    "account_id" TEXT NOT NULL CONSTRAINT "pk_points_accounts" PRIMARY KEY,
    "balance" INTEGER NOT NULL,
    "growth" INTEGER NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    CONSTRAINT "ck_points_accounts_balance" CHECK (balance >= 0)
);

CREATE TABLE "points_entries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_points_entries" PRIMARY KEY,
    "account_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "growth" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "order_id" TEXT NULL,
    "created_at_utc" TEXT NOT NULL,
    "expires_at_utc" TEXT NULL,
    CONSTRAINT "fk_points_entries_points_accounts_account_id" FOREIGN KEY ("account_id") REFERENCES "points_accounts" ("account_id") ON DELETE CASCADE
);

CREATE INDEX "ix_points_entries_account_id_created_at_utc" ON "points_entries" ("account_id", "created_at_utc");

CREATE UNIQUE INDEX "ix_points_entries_account_id_kind_source" ON "points_entries" ("account_id", "kind", "source");

CREATE INDEX "ix_points_entries_order_id" ON "points_entries" ("order_id");
