CREATE TABLE "accounts" (
    "id" TEXT NOT NULL CONSTRAINT "pk_accounts" PRIMARY KEY,
    "email" TEXT NULL,
    "phone" TEXT NULL,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "failed_sign_ins" INTEGER NOT NULL,
    "locked_until_utc" TEXT NULL,
    "preferred_culture" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    "deleted_at_utc" TEXT NULL,
    "roles" TEXT NOT NULL
);


CREATE TABLE "categories" (
    "id" TEXT NOT NULL CONSTRAINT "pk_categories" PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL
);


CREATE TABLE "idempotency_records" (
    "id" TEXT NOT NULL CONSTRAINT "pk_idempotency_records" PRIMARY KEY,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "completed" INTEGER NOT NULL,
    "status_code" INTEGER NOT NULL,
    "content_type" TEXT NULL,
    "body" TEXT NULL,
    "created_at_utc" TEXT NOT NULL
);


CREATE TABLE "merchants" (
    "id" TEXT NOT NULL CONSTRAINT "pk_merchants" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL
);


CREATE TABLE "sandbox_checkouts" (
    "id" TEXT NOT NULL CONSTRAINT "pk_sandbox_checkouts" PRIMARY KEY,
    "merchant_reference" TEXT NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "return_url" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL
);


CREATE TABLE "sandbox_events" (
    "id" TEXT NOT NULL CONSTRAINT "pk_sandbox_events" PRIMARY KEY,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    "next_attempt_at_utc" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "delivered_at_utc" TEXT NULL,
    "last_error" TEXT NULL
);


CREATE TABLE "webhook_receipts" (
    "event_id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "received_at_utc" TEXT NOT NULL,
    CONSTRAINT "pk_webhook_receipts" PRIMARY KEY ("provider", "event_id")
);


CREATE TABLE "sessions" (
    "id" TEXT NOT NULL CONSTRAINT "pk_sessions" PRIMARY KEY,
    "account_id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    "expires_at_utc" TEXT NOT NULL,
    CONSTRAINT "fk_sessions_accounts_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE CASCADE
);


CREATE TABLE "products" (
    "id" TEXT NOT NULL CONSTRAINT "pk_products" PRIMARY KEY,
    "merchant_id" TEXT NOT NULL,
    "category_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "is_active" INTEGER NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    CONSTRAINT "fk_products_categories_category_id" FOREIGN KEY ("category_id") REFERENCES "categories" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_products_merchants_merchant_id" FOREIGN KEY ("merchant_id") REFERENCES "merchants" ("id") ON DELETE RESTRICT
);


CREATE TABLE "stores" (
    "id" TEXT NOT NULL CONSTRAINT "pk_stores" PRIMARY KEY,
    "merchant_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "latitude" REAL NOT NULL,
    "longitude" REAL NOT NULL,
    "time_zone" TEXT NOT NULL,
    "opens_at" TEXT NOT NULL,
    "closes_at" TEXT NOT NULL,
    "delivery_radius_meters" INTEGER NOT NULL,
    "delivery_fee_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "phone" TEXT NULL,
    "created_at_utc" TEXT NOT NULL,
    CONSTRAINT "fk_stores_merchants_merchant_id" FOREIGN KEY ("merchant_id") REFERENCES "merchants" ("id") ON DELETE RESTRICT
);


CREATE TABLE "product_photos" (
    "id" TEXT NOT NULL CONSTRAINT "pk_product_photos" PRIMARY KEY,
    "product_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "fk_product_photos_products_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE CASCADE
);


CREATE TABLE "skus" (
    "id" TEXT NOT NULL CONSTRAINT "pk_skus" PRIMARY KEY,
    "product_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "price_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    CONSTRAINT "fk_skus_products_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE CASCADE
);


CREATE TABLE "carts" (
    "id" TEXT NOT NULL CONSTRAINT "pk_carts" PRIMARY KEY,
    "store_id" TEXT NOT NULL,
    "account_id" TEXT NULL,
    "anonymous_token" TEXT NULL,
    "updated_at_utc" TEXT NOT NULL,
    CONSTRAINT "fk_carts_stores_store_id" FOREIGN KEY ("store_id") REFERENCES "stores" ("id") ON DELETE CASCADE
);


CREATE TABLE "orders" (
    "id" TEXT NOT NULL CONSTRAINT "pk_orders" PRIMARY KEY,
    "number" TEXT NOT NULL,
    "store_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "placed_by_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "payment_state" TEXT NOT NULL,
    "fulfilment" TEXT NOT NULL,
    "pickup_point_id" TEXT NULL,
    "pickup_point_name" TEXT NULL,
    "pickup_code" TEXT NULL,
    "delivery_address" TEXT NULL,
    "delivery_latitude" REAL NULL,
    "delivery_longitude" REAL NULL,
    "slot_start_utc" TEXT NULL,
    "slot_end_utc" TEXT NULL,
    "currency" TEXT NOT NULL,
    "subtotal_minor" INTEGER NOT NULL,
    "delivery_fee_minor" INTEGER NOT NULL,
    "total_minor" INTEGER NOT NULL,
    "refunded_minor" INTEGER NOT NULL,
    "delivery_fee_refunded" INTEGER NOT NULL,
    "placed_at_utc" TEXT NOT NULL,
    "pay_by_utc" TEXT NOT NULL,
    "paid_at_utc" TEXT NULL,
    "payment_id" TEXT NULL,
    "external_reference" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_orders_stores_store_id" FOREIGN KEY ("store_id") REFERENCES "stores" ("id") ON DELETE RESTRICT
);


CREATE TABLE "pickup_points" (
    "id" TEXT NOT NULL CONSTRAINT "pk_pickup_points" PRIMARY KEY,
    "store_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "latitude" REAL NOT NULL,
    "longitude" REAL NOT NULL,
    "is_active" INTEGER NOT NULL,
    CONSTRAINT "fk_pickup_points_stores_store_id" FOREIGN KEY ("store_id") REFERENCES "stores" ("id") ON DELETE CASCADE
);


CREATE TABLE "store_staff" (
    "store_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "added_at_utc" TEXT NOT NULL,
    CONSTRAINT "pk_store_staff" PRIMARY KEY ("store_id", "account_id"),
    CONSTRAINT "fk_store_staff_stores_store_id" FOREIGN KEY ("store_id") REFERENCES "stores" ("id") ON DELETE CASCADE
);


CREATE TABLE "store_offers" (
    "store_id" TEXT NOT NULL,
    "sku_id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "listed" INTEGER NOT NULL,
    "price_minor" INTEGER NULL,
    "stock" INTEGER NOT NULL,
    CONSTRAINT "pk_store_offers" PRIMARY KEY ("store_id", "sku_id"),
    CONSTRAINT "ck_store_offers_stock_non_negative" CHECK (stock >= 0),
    CONSTRAINT "fk_store_offers_products_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_store_offers_skus_sku_id" FOREIGN KEY ("sku_id") REFERENCES "skus" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_store_offers_stores_store_id" FOREIGN KEY ("store_id") REFERENCES "stores" ("id") ON DELETE CASCADE
);


CREATE TABLE "cart_lines" (
    "cart_id" TEXT NOT NULL,
    "sku_id" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    CONSTRAINT "pk_cart_lines" PRIMARY KEY ("cart_id", "sku_id"),
    CONSTRAINT "fk_cart_lines_carts_cart_id" FOREIGN KEY ("cart_id") REFERENCES "carts" ("id") ON DELETE CASCADE
);


CREATE TABLE "order_lines" (
    "id" TEXT NOT NULL CONSTRAINT "pk_order_lines" PRIMARY KEY,
    "order_id" TEXT NOT NULL,
    "sku_id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "product_name" TEXT NOT NULL,
    "sku_label" TEXT NOT NULL,
    "unit_price_minor" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "refunded_quantity" INTEGER NOT NULL,
    CONSTRAINT "fk_order_lines_orders_order_id" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE CASCADE
);


CREATE TABLE "order_status_changes" (
    "id" TEXT NOT NULL CONSTRAINT "pk_order_status_changes" PRIMARY KEY,
    "order_id" TEXT NOT NULL,
    "from" TEXT NULL,
    "to" TEXT NOT NULL,
    "actor_id" TEXT NULL,
    "actor_kind" TEXT NOT NULL,
    "at_utc" TEXT NOT NULL,
    "note" TEXT NULL,
    CONSTRAINT "fk_order_status_changes_orders_order_id" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE CASCADE
);


CREATE TABLE "payments" (
    "id" TEXT NOT NULL CONSTRAINT "pk_payments" PRIMARY KEY,
    "order_id" TEXT NOT NULL,
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


CREATE TABLE "payment_refunds" (
    "id" TEXT NOT NULL CONSTRAINT "pk_payment_refunds" PRIMARY KEY,
    "payment_id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "provider_reference" TEXT NULL,
    "created_at_utc" TEXT NOT NULL,
    "completed_at_utc" TEXT NULL,
    CONSTRAINT "fk_payment_refunds_payments_payment_id" FOREIGN KEY ("payment_id") REFERENCES "payments" ("id") ON DELETE RESTRICT
);


CREATE UNIQUE INDEX "ix_accounts_email" ON "accounts" ("email");


CREATE UNIQUE INDEX "ix_accounts_phone" ON "accounts" ("phone");


CREATE UNIQUE INDEX "ix_carts_account_id_store_id" ON "carts" ("account_id", "store_id");


CREATE UNIQUE INDEX "ix_carts_anonymous_token_store_id" ON "carts" ("anonymous_token", "store_id");


CREATE INDEX "ix_carts_store_id" ON "carts" ("store_id");


CREATE UNIQUE INDEX "ix_categories_slug" ON "categories" ("slug");


CREATE UNIQUE INDEX "ix_idempotency_records_scope_key" ON "idempotency_records" ("scope", "key");


CREATE INDEX "ix_order_lines_order_id" ON "order_lines" ("order_id");


CREATE INDEX "ix_order_lines_product_id" ON "order_lines" ("product_id");


CREATE INDEX "ix_order_status_changes_order_id" ON "order_status_changes" ("order_id");


CREATE INDEX "ix_orders_customer_id_placed_at_utc" ON "orders" ("customer_id", "placed_at_utc");


CREATE UNIQUE INDEX "ix_orders_external_reference" ON "orders" ("external_reference");


CREATE UNIQUE INDEX "ix_orders_number" ON "orders" ("number");


CREATE INDEX "ix_orders_status_pay_by_utc" ON "orders" ("status", "pay_by_utc");


CREATE INDEX "ix_orders_store_id_status" ON "orders" ("store_id", "status");


CREATE INDEX "ix_payment_refunds_order_id" ON "payment_refunds" ("order_id");


CREATE INDEX "ix_payment_refunds_payment_id" ON "payment_refunds" ("payment_id");


CREATE INDEX "ix_payments_order_id" ON "payments" ("order_id");


CREATE INDEX "ix_pickup_points_store_id" ON "pickup_points" ("store_id");


CREATE INDEX "ix_product_photos_product_id" ON "product_photos" ("product_id");


CREATE INDEX "ix_products_category_id" ON "products" ("category_id");


CREATE INDEX "ix_products_merchant_id" ON "products" ("merchant_id");


CREATE INDEX "ix_sandbox_events_delivered_at_utc_next_attempt_at_utc" ON "sandbox_events" ("delivered_at_utc", "next_attempt_at_utc");


CREATE INDEX "ix_sessions_account_id" ON "sessions" ("account_id");


CREATE UNIQUE INDEX "ix_sessions_token_hash" ON "sessions" ("token_hash");


CREATE INDEX "ix_skus_code" ON "skus" ("code");


CREATE UNIQUE INDEX "ix_skus_product_id_code" ON "skus" ("product_id", "code");


CREATE INDEX "ix_store_offers_product_id" ON "store_offers" ("product_id");


CREATE INDEX "ix_store_offers_sku_id" ON "store_offers" ("sku_id");


CREATE INDEX "ix_store_offers_store_id_product_id" ON "store_offers" ("store_id", "product_id");


CREATE INDEX "ix_store_staff_account_id" ON "store_staff" ("account_id");


CREATE INDEX "ix_stores_merchant_id" ON "stores" ("merchant_id");


CREATE INDEX "ix_stores_name" ON "stores" ("name");



