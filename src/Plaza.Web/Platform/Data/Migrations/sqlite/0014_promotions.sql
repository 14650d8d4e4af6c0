-- Promotions (issue 4): coupon campaigns and the coupons shoppers hold; flash sales, each shopper's count and
-- the units each order took (released once when the order is cancelled).

CREATE TABLE "coupons" (
    "id" TEXT NOT NULL CONSTRAINT "pk_coupons" PRIMARY KEY,
    "store_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "percent" INTEGER NOT NULL,
    "max_discount_minor" INTEGER NULL,
    "min_spend_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "scope_id" TEXT NULL,
    "valid_from_utc" TEXT NOT NULL,
    "valid_until_utc" TEXT NOT NULL,
    "total_limit" INTEGER NULL,
    "per_shopper_limit" INTEGER NOT NULL,
    "stackable" INTEGER NOT NULL,
    "claimable" INTEGER NOT NULL,
    "claimed_count" INTEGER NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL
);

CREATE TABLE "flash_sales" (
    "id" TEXT NOT NULL CONSTRAINT "pk_flash_sales" PRIMARY KEY,
    "store_id" TEXT NOT NULL,
    "sku_id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "price_minor" INTEGER NOT NULL,
    "usual_price_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "sold" INTEGER NOT NULL,
    "per_shopper_limit" INTEGER NOT NULL,
    "starts_at_utc" TEXT NOT NULL,
    "ends_at_utc" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL
);

CREATE TABLE "shopper_coupons" (
    "id" TEXT NOT NULL CONSTRAINT "pk_shopper_coupons" PRIMARY KEY,
    "coupon_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "issued_by" TEXT NULL,
    "claimed_at_utc" TEXT NOT NULL,
    "used_order_id" TEXT NULL,
    "used_at_utc" TEXT NULL,
    CONSTRAINT "fk_shopper_coupons_coupons_coupon_id" FOREIGN KEY ("coupon_id") REFERENCES "coupons" ("id") ON DELETE CASCADE
);

CREATE TABLE "flash_sale_buyers" (
    "flash_sale_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "bought" INTEGER NOT NULL,
    CONSTRAINT "pk_flash_sale_buyers" PRIMARY KEY ("flash_sale_id", "customer_id"),
    CONSTRAINT "fk_flash_sale_buyers_flash_sales_flash_sale_id" FOREIGN KEY ("flash_sale_id") REFERENCES "flash_sales" ("id") ON DELETE CASCADE
);

CREATE TABLE "flash_sale_claims" (
    "order_id" TEXT NOT NULL,
    "flash_sale_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "claimed_at_utc" TEXT NOT NULL,
    "released_at_utc" TEXT NULL,
    CONSTRAINT "pk_flash_sale_claims" PRIMARY KEY ("order_id", "flash_sale_id"),
    CONSTRAINT "fk_flash_sale_claims_flash_sales_flash_sale_id" FOREIGN KEY ("flash_sale_id") REFERENCES "flash_sales" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_coupons_store_id_code" ON "coupons" ("store_id", "code");

CREATE INDEX "ix_coupons_store_id_valid_until_utc" ON "coupons" ("store_id", "valid_until_utc");

CREATE INDEX "ix_flash_sale_buyers_customer_id" ON "flash_sale_buyers" ("customer_id");

CREATE INDEX "ix_flash_sale_claims_customer_id" ON "flash_sale_claims" ("customer_id");

CREATE INDEX "ix_flash_sale_claims_flash_sale_id" ON "flash_sale_claims" ("flash_sale_id");

CREATE INDEX "ix_flash_sales_store_id_ends_at_utc" ON "flash_sales" ("store_id", "ends_at_utc");

CREATE INDEX "ix_flash_sales_store_id_sku_id_ends_at_utc" ON "flash_sales" ("store_id", "sku_id", "ends_at_utc");

CREATE UNIQUE INDEX "ix_shopper_coupons_coupon_id_customer_id_sequence" ON "shopper_coupons" ("coupon_id", "customer_id", "sequence");

CREATE INDEX "ix_shopper_coupons_customer_id" ON "shopper_coupons" ("customer_id");

CREATE INDEX "ix_shopper_coupons_used_order_id" ON "shopper_coupons" ("used_order_id");
