-- Bargaining (砍价, issue 4): merchants' bargain deals, shoppers' bargains with their price and cut counters,
-- one cut per friend per bargain. open_slot holds the deal id while a bargain is open: with the unique
-- (open_slot, starter_id) index a shopper has at most one open bargain per deal (NULLs never collide).

CREATE TABLE "bargain_deals" (
    "id" TEXT NOT NULL CONSTRAINT "pk_bargain_deals" PRIMARY KEY,
    "store_id" TEXT NOT NULL,
    "sku_id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "product_name" TEXT NOT NULL,
    "sku_label" TEXT NOT NULL,
    "floor_price_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "expected_cuts" INTEGER NOT NULL,
    "time_limit_minutes" INTEGER NOT NULL,
    "starts_at_utc" TEXT NOT NULL,
    "ends_at_utc" TEXT NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL
);

CREATE TABLE "bargains" (
    "id" TEXT NOT NULL CONSTRAINT "pk_bargains" PRIMARY KEY,
    "deal_id" TEXT NOT NULL,
    "store_id" TEXT NOT NULL,
    "sku_id" TEXT NOT NULL,
    "starter_id" TEXT NOT NULL,
    "start_price_minor" INTEGER NOT NULL,
    "floor_price_minor" INTEGER NOT NULL,
    "current_price_minor" INTEGER NOT NULL,
    "expected_cuts" INTEGER NOT NULL,
    "cuts" INTEGER NOT NULL,
    "seed" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "open_slot" TEXT NULL,
    "order_id" TEXT NULL,
    "started_at_utc" TEXT NOT NULL,
    "expires_at_utc" TEXT NOT NULL,
    CONSTRAINT "fk_bargains_bargain_deals_deal_id" FOREIGN KEY ("deal_id") REFERENCES "bargain_deals" ("id") ON DELETE CASCADE
);

CREATE TABLE "bargain_cuts" (
    "id" TEXT NOT NULL CONSTRAINT "pk_bargain_cuts" PRIMARY KEY,
    "bargain_id" TEXT NOT NULL,
    "friend_id" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "cut_at_utc" TEXT NOT NULL,
    CONSTRAINT "fk_bargain_cuts_bargains_bargain_id" FOREIGN KEY ("bargain_id") REFERENCES "bargains" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_bargain_cuts_bargain_id_friend_id" ON "bargain_cuts" ("bargain_id", "friend_id");

CREATE INDEX "ix_bargain_cuts_friend_id_cut_at_utc" ON "bargain_cuts" ("friend_id", "cut_at_utc");

CREATE INDEX "ix_bargain_deals_product_id" ON "bargain_deals" ("product_id");

CREATE INDEX "ix_bargain_deals_store_id_ends_at_utc" ON "bargain_deals" ("store_id", "ends_at_utc");

CREATE INDEX "ix_bargains_deal_id" ON "bargains" ("deal_id");

CREATE UNIQUE INDEX "ix_bargains_open_slot_starter_id" ON "bargains" ("open_slot", "starter_id");

CREATE INDEX "ix_bargains_order_id" ON "bargains" ("order_id");

CREATE INDEX "ix_bargains_starter_id_started_at_utc" ON "bargains" ("starter_id", "started_at_utc");
