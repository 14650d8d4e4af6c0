-- Team group buying (issue 4, ADR 0012): merchants' deals, teams with their seat counters, one seat per
-- order (and per shopper per team). Orders get a hold flag: a paid order of a team that is not complete yet
-- cannot be prepared.

CREATE TABLE "group_buy_deals" (
    "id" TEXT NOT NULL CONSTRAINT "pk_group_buy_deals" PRIMARY KEY,
    "store_id" TEXT NOT NULL,
    "sku_id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "product_name" TEXT NOT NULL,
    "sku_label" TEXT NOT NULL,
    "group_price_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "team_size" INTEGER NOT NULL,
    "time_limit_minutes" INTEGER NOT NULL,
    "per_shopper_limit" INTEGER NOT NULL,
    "starts_at_utc" TEXT NOT NULL,
    "ends_at_utc" TEXT NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL
);

CREATE TABLE "group_buy_teams" (
    "id" TEXT NOT NULL CONSTRAINT "pk_group_buy_teams" PRIMARY KEY,
    "deal_id" TEXT NOT NULL,
    "store_id" TEXT NOT NULL,
    "sku_id" TEXT NOT NULL,
    "leader_id" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "members" INTEGER NOT NULL,
    "paid_members" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "opened_at_utc" TEXT NOT NULL,
    "expires_at_utc" TEXT NOT NULL,
    "closed_at_utc" TEXT NULL,
    CONSTRAINT "fk_group_buy_teams_group_buy_deals_deal_id" FOREIGN KEY ("deal_id") REFERENCES "group_buy_deals" ("id") ON DELETE CASCADE
);

CREATE TABLE "group_buy_members" (
    "id" TEXT NOT NULL CONSTRAINT "pk_group_buy_members" PRIMARY KEY,
    "team_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "joined_at_utc" TEXT NOT NULL,
    CONSTRAINT "fk_group_buy_members_group_buy_teams_team_id" FOREIGN KEY ("team_id") REFERENCES "group_buy_teams" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_group_buy_deals_product_id" ON "group_buy_deals" ("product_id");
CREATE INDEX "ix_group_buy_deals_store_id_ends_at_utc" ON "group_buy_deals" ("store_id", "ends_at_utc");
CREATE INDEX "ix_group_buy_members_customer_id" ON "group_buy_members" ("customer_id");
CREATE UNIQUE INDEX "ix_group_buy_members_order_id" ON "group_buy_members" ("order_id");
CREATE UNIQUE INDEX "ix_group_buy_members_team_id_customer_id" ON "group_buy_members" ("team_id", "customer_id");
CREATE INDEX "ix_group_buy_teams_deal_id_status" ON "group_buy_teams" ("deal_id", "status");
CREATE INDEX "ix_group_buy_teams_status_expires_at_utc" ON "group_buy_teams" ("status", "expires_at_utc");

ALTER TABLE "orders" ADD COLUMN "hold_reason" TEXT NULL;
