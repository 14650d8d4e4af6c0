-- Community group buying (issue 4): leaders (a shopper's approved pickup point for a store), merchants'
-- campaigns with their items at campaign prices, and the orders placed through a leader with the leader's
-- commission on them.

CREATE TABLE "leader_campaigns" (
    "id" TEXT NOT NULL CONSTRAINT "pk_leader_campaigns" PRIMARY KEY,
    "store_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "cut_off_utc" TEXT NOT NULL,
    "delivery_day_utc" TEXT NOT NULL,
    "commission_basis_points" INTEGER NOT NULL,
    "published_at_utc" TEXT NULL,
    "closed_at_utc" TEXT NULL,
    "created_by_id" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL
);

CREATE TABLE "leaders" (
    "id" TEXT NOT NULL CONSTRAINT "pk_leaders" PRIMARY KEY,
    "store_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "point_name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "latitude" REAL NOT NULL,
    "longitude" REAL NOT NULL,
    "status" TEXT NOT NULL,
    "pickup_point_id" TEXT NULL,
    "applied_at_utc" TEXT NOT NULL,
    "decided_at_utc" TEXT NULL,
    "decided_by_id" TEXT NULL
);

CREATE TABLE "leader_campaign_items" (
    "id" TEXT NOT NULL CONSTRAINT "pk_leader_campaign_items" PRIMARY KEY,
    "campaign_id" TEXT NOT NULL,
    "sku_id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "product_name" TEXT NOT NULL,
    "sku_label" TEXT NOT NULL,
    "price_minor" INTEGER NOT NULL,
    CONSTRAINT "fk_leader_campaign_items_leader_campaigns_campaign_id" FOREIGN KEY ("campaign_id") REFERENCES "leader_campaigns" ("id") ON DELETE CASCADE
);

CREATE TABLE "leader_orders" (
    "order_id" TEXT NOT NULL CONSTRAINT "pk_leader_orders" PRIMARY KEY,
    "campaign_id" TEXT NOT NULL,
    "leader_id" TEXT NOT NULL,
    "store_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "commission_minor" INTEGER NOT NULL,
    "placed_at_utc" TEXT NOT NULL,
    "completed_at_utc" TEXT NULL,
    CONSTRAINT "fk_leader_orders_leader_campaigns_campaign_id" FOREIGN KEY ("campaign_id") REFERENCES "leader_campaigns" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_leader_orders_leaders_leader_id" FOREIGN KEY ("leader_id") REFERENCES "leaders" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_leader_campaign_items_campaign_id_sku_id" ON "leader_campaign_items" ("campaign_id", "sku_id");

CREATE INDEX "ix_leader_campaigns_store_id_cut_off_utc" ON "leader_campaigns" ("store_id", "cut_off_utc");

CREATE INDEX "ix_leader_orders_campaign_id" ON "leader_orders" ("campaign_id");

CREATE INDEX "ix_leader_orders_customer_id" ON "leader_orders" ("customer_id");

CREATE INDEX "ix_leader_orders_leader_id_placed_at_utc" ON "leader_orders" ("leader_id", "placed_at_utc");

CREATE INDEX "ix_leaders_account_id" ON "leaders" ("account_id");

CREATE INDEX "ix_leaders_pickup_point_id" ON "leaders" ("pickup_point_id");

CREATE UNIQUE INDEX "ix_leaders_store_id_account_id" ON "leaders" ("store_id", "account_id");
