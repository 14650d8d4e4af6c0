-- Live deals (issue 11): a price for a few minutes in a live room, with the buyers' counts and each order's claim, orders
-- attributed to the room, and who is in a room (signed-in viewers' last Join or Beat).
CREATE TABLE "live_deal_claims" (
    "order_id" TEXT NOT NULL,
    "deal_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "claimed_at_utc" TEXT NOT NULL,
    "released_at_utc" TEXT NULL,
    CONSTRAINT "pk_live_deal_claims" PRIMARY KEY ("order_id", "deal_id")
);

CREATE TABLE "live_orders" (
    "order_id" TEXT NOT NULL CONSTRAINT "pk_live_orders" PRIMARY KEY,
    "room_id" TEXT NOT NULL,
    "at_utc" TEXT NOT NULL
);

CREATE TABLE "live_deals" (
    "id" TEXT NOT NULL CONSTRAINT "pk_live_deals" PRIMARY KEY,
    "room_id" TEXT NOT NULL,
    "store_id" TEXT NOT NULL,
    "sku_id" TEXT NOT NULL,
    "price_minor" INTEGER NOT NULL,
    "usual_price_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "sold" INTEGER NOT NULL,
    "per_shopper_limit" INTEGER NOT NULL,
    "opens_at_utc" TEXT NOT NULL,
    "closes_at_utc" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    CONSTRAINT "fk_live_deals_live_rooms_room_id" FOREIGN KEY ("room_id") REFERENCES "live_rooms" ("id") ON DELETE CASCADE
);

CREATE TABLE "live_viewers" (
    "room_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "last_seen_utc" TEXT NOT NULL,
    CONSTRAINT "pk_live_viewers" PRIMARY KEY ("room_id", "account_id"),
    CONSTRAINT "fk_live_viewers_live_rooms_room_id" FOREIGN KEY ("room_id") REFERENCES "live_rooms" ("id") ON DELETE CASCADE
);

CREATE TABLE "live_deal_buyers" (
    "deal_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "bought" INTEGER NOT NULL,
    CONSTRAINT "pk_live_deal_buyers" PRIMARY KEY ("deal_id", "customer_id"),
    CONSTRAINT "fk_live_deal_buyers_live_deals_deal_id" FOREIGN KEY ("deal_id") REFERENCES "live_deals" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_live_deal_buyers_customer_id" ON "live_deal_buyers" ("customer_id");

CREATE INDEX "ix_live_deal_claims_deal_id" ON "live_deal_claims" ("deal_id");

CREATE INDEX "ix_live_deals_room_id_closes_at_utc" ON "live_deals" ("room_id", "closes_at_utc");

CREATE INDEX "ix_live_orders_room_id" ON "live_orders" ("room_id");

CREATE INDEX "ix_live_viewers_account_id" ON "live_viewers" ("account_id");
