CREATE TABLE accounts (
    id uuid NOT NULL,
    email character varying(254),
    phone character varying(20),
    display_name character varying(80) NOT NULL,
    password_hash character varying(200) NOT NULL,
    failed_sign_ins integer NOT NULL,
    locked_until_utc timestamp with time zone,
    preferred_culture character varying(10) NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    deleted_at_utc timestamp with time zone,
    roles text[] NOT NULL,
    CONSTRAINT pk_accounts PRIMARY KEY (id)
);


CREATE TABLE categories (
    id uuid NOT NULL,
    slug character varying(60) NOT NULL,
    name character varying(80) NOT NULL,
    position integer NOT NULL,
    CONSTRAINT pk_categories PRIMARY KEY (id)
);


CREATE TABLE idempotency_records (
    id uuid NOT NULL,
    scope character varying(80) NOT NULL,
    key character varying(100) NOT NULL,
    request_hash character varying(64) NOT NULL,
    completed boolean NOT NULL,
    status_code integer NOT NULL,
    content_type character varying(100),
    body character varying(100000),
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_idempotency_records PRIMARY KEY (id)
);


CREATE TABLE merchants (
    id uuid NOT NULL,
    name character varying(120) NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_merchants PRIMARY KEY (id)
);


CREATE TABLE sandbox_checkouts (
    id character varying(40) NOT NULL,
    merchant_reference character varying(100) NOT NULL,
    amount_minor bigint NOT NULL,
    currency character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    return_url character varying(500) NOT NULL,
    status character varying(20) NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_sandbox_checkouts PRIMARY KEY (id)
);


CREATE TABLE sandbox_events (
    id character varying(40) NOT NULL,
    type character varying(50) NOT NULL,
    payload character varying(4000) NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    next_attempt_at_utc timestamp with time zone NOT NULL,
    attempts integer NOT NULL,
    delivered_at_utc timestamp with time zone,
    last_error character varying(500),
    CONSTRAINT pk_sandbox_events PRIMARY KEY (id)
);


CREATE TABLE webhook_receipts (
    event_id character varying(100) NOT NULL,
    provider character varying(20) NOT NULL,
    type character varying(50) NOT NULL,
    received_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_webhook_receipts PRIMARY KEY (provider, event_id)
);


CREATE TABLE sessions (
    id uuid NOT NULL,
    account_id uuid NOT NULL,
    token_hash character varying(64) NOT NULL,
    kind character varying(10) NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    expires_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_sessions PRIMARY KEY (id),
    CONSTRAINT fk_sessions_accounts_account_id FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);


CREATE TABLE products (
    id uuid NOT NULL,
    merchant_id uuid NOT NULL,
    category_id uuid NOT NULL,
    name character varying(200) NOT NULL,
    description character varying(4000) NOT NULL,
    is_active boolean NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_products PRIMARY KEY (id),
    CONSTRAINT fk_products_categories_category_id FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE RESTRICT,
    CONSTRAINT fk_products_merchants_merchant_id FOREIGN KEY (merchant_id) REFERENCES merchants (id) ON DELETE RESTRICT
);


CREATE TABLE stores (
    id uuid NOT NULL,
    merchant_id uuid NOT NULL,
    name character varying(120) NOT NULL,
    address character varying(300) NOT NULL,
    latitude double precision NOT NULL,
    longitude double precision NOT NULL,
    time_zone character varying(60) NOT NULL,
    opens_at time without time zone NOT NULL,
    closes_at time without time zone NOT NULL,
    delivery_radius_meters integer NOT NULL,
    delivery_fee_minor bigint NOT NULL,
    currency character varying(3) NOT NULL,
    phone character varying(30),
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_stores PRIMARY KEY (id),
    CONSTRAINT fk_stores_merchants_merchant_id FOREIGN KEY (merchant_id) REFERENCES merchants (id) ON DELETE RESTRICT
);


CREATE TABLE product_photos (
    id uuid NOT NULL,
    product_id uuid NOT NULL,
    file_name character varying(80) NOT NULL,
    content_type character varying(40) NOT NULL,
    position integer NOT NULL,
    CONSTRAINT pk_product_photos PRIMARY KEY (id),
    CONSTRAINT fk_product_photos_products_product_id FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE
);


CREATE TABLE skus (
    id uuid NOT NULL,
    product_id uuid NOT NULL,
    code character varying(40) NOT NULL,
    label character varying(80) NOT NULL,
    price_minor bigint NOT NULL,
    currency character varying(3) NOT NULL,
    CONSTRAINT pk_skus PRIMARY KEY (id),
    CONSTRAINT fk_skus_products_product_id FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE
);


CREATE TABLE carts (
    id uuid NOT NULL,
    store_id uuid NOT NULL,
    account_id uuid,
    anonymous_token character varying(64),
    updated_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_carts PRIMARY KEY (id),
    CONSTRAINT fk_carts_stores_store_id FOREIGN KEY (store_id) REFERENCES stores (id) ON DELETE CASCADE
);


CREATE TABLE orders (
    id uuid NOT NULL,
    number character varying(20) NOT NULL,
    store_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    placed_by_id uuid NOT NULL,
    status character varying(20) NOT NULL,
    payment_state character varying(20) NOT NULL,
    fulfilment character varying(10) NOT NULL,
    pickup_point_id uuid,
    pickup_point_name character varying(120),
    pickup_code character varying(6),
    delivery_address character varying(300),
    delivery_latitude double precision,
    delivery_longitude double precision,
    slot_start_utc timestamp with time zone,
    slot_end_utc timestamp with time zone,
    currency character varying(3) NOT NULL,
    subtotal_minor bigint NOT NULL,
    delivery_fee_minor bigint NOT NULL,
    total_minor bigint NOT NULL,
    refunded_minor bigint NOT NULL,
    delivery_fee_refunded boolean NOT NULL,
    placed_at_utc timestamp with time zone NOT NULL,
    pay_by_utc timestamp with time zone NOT NULL,
    paid_at_utc timestamp with time zone,
    payment_id uuid,
    external_reference character varying(40),
    version integer NOT NULL,
    CONSTRAINT pk_orders PRIMARY KEY (id),
    CONSTRAINT fk_orders_stores_store_id FOREIGN KEY (store_id) REFERENCES stores (id) ON DELETE RESTRICT
);


CREATE TABLE pickup_points (
    id uuid NOT NULL,
    store_id uuid NOT NULL,
    name character varying(120) NOT NULL,
    kind character varying(20) NOT NULL,
    address character varying(300) NOT NULL,
    latitude double precision NOT NULL,
    longitude double precision NOT NULL,
    is_active boolean NOT NULL,
    CONSTRAINT pk_pickup_points PRIMARY KEY (id),
    CONSTRAINT fk_pickup_points_stores_store_id FOREIGN KEY (store_id) REFERENCES stores (id) ON DELETE CASCADE
);


CREATE TABLE store_staff (
    store_id uuid NOT NULL,
    account_id uuid NOT NULL,
    added_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_store_staff PRIMARY KEY (store_id, account_id),
    CONSTRAINT fk_store_staff_stores_store_id FOREIGN KEY (store_id) REFERENCES stores (id) ON DELETE CASCADE
);


CREATE TABLE store_offers (
    store_id uuid NOT NULL,
    sku_id uuid NOT NULL,
    product_id uuid NOT NULL,
    listed boolean NOT NULL,
    price_minor bigint,
    stock integer NOT NULL,
    CONSTRAINT pk_store_offers PRIMARY KEY (store_id, sku_id),
    CONSTRAINT ck_store_offers_stock_non_negative CHECK (stock >= 0),
    CONSTRAINT fk_store_offers_products_product_id FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    CONSTRAINT fk_store_offers_skus_sku_id FOREIGN KEY (sku_id) REFERENCES skus (id) ON DELETE CASCADE,
    CONSTRAINT fk_store_offers_stores_store_id FOREIGN KEY (store_id) REFERENCES stores (id) ON DELETE CASCADE
);


CREATE TABLE cart_lines (
    cart_id uuid NOT NULL,
    sku_id uuid NOT NULL,
    quantity integer NOT NULL,
    CONSTRAINT pk_cart_lines PRIMARY KEY (cart_id, sku_id),
    CONSTRAINT fk_cart_lines_carts_cart_id FOREIGN KEY (cart_id) REFERENCES carts (id) ON DELETE CASCADE
);


CREATE TABLE order_lines (
    id uuid NOT NULL,
    order_id uuid NOT NULL,
    sku_id uuid NOT NULL,
    product_id uuid NOT NULL,
    product_name character varying(200) NOT NULL,
    sku_label character varying(80) NOT NULL,
    unit_price_minor bigint NOT NULL,
    quantity integer NOT NULL,
    refunded_quantity integer NOT NULL,
    CONSTRAINT pk_order_lines PRIMARY KEY (id),
    CONSTRAINT fk_order_lines_orders_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
);


CREATE TABLE order_status_changes (
    id uuid NOT NULL,
    order_id uuid NOT NULL,
    "from" character varying(20),
    "to" character varying(20) NOT NULL,
    actor_id uuid,
    actor_kind character varying(10) NOT NULL,
    at_utc timestamp with time zone NOT NULL,
    note character varying(300),
    CONSTRAINT pk_order_status_changes PRIMARY KEY (id),
    CONSTRAINT fk_order_status_changes_orders_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
);


CREATE TABLE payments (
    id uuid NOT NULL,
    order_id uuid NOT NULL,
    account_id uuid NOT NULL,
    provider character varying(20) NOT NULL,
    provider_reference character varying(100),
    redirect_url character varying(500),
    amount_minor bigint NOT NULL,
    currency character varying(3) NOT NULL,
    status character varying(20) NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    completed_at_utc timestamp with time zone,
    CONSTRAINT pk_payments PRIMARY KEY (id),
    CONSTRAINT fk_payments_orders_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE RESTRICT
);


CREATE TABLE payment_refunds (
    id uuid NOT NULL,
    payment_id uuid NOT NULL,
    order_id uuid NOT NULL,
    amount_minor bigint NOT NULL,
    currency character varying(3) NOT NULL,
    reason character varying(200) NOT NULL,
    status character varying(20) NOT NULL,
    provider_reference character varying(100),
    created_at_utc timestamp with time zone NOT NULL,
    completed_at_utc timestamp with time zone,
    CONSTRAINT pk_payment_refunds PRIMARY KEY (id),
    CONSTRAINT fk_payment_refunds_payments_payment_id FOREIGN KEY (payment_id) REFERENCES payments (id) ON DELETE RESTRICT
);


CREATE UNIQUE INDEX ix_accounts_email ON accounts (email);


CREATE UNIQUE INDEX ix_accounts_phone ON accounts (phone);


CREATE UNIQUE INDEX ix_carts_account_id_store_id ON carts (account_id, store_id);


CREATE UNIQUE INDEX ix_carts_anonymous_token_store_id ON carts (anonymous_token, store_id);


CREATE INDEX ix_carts_store_id ON carts (store_id);


CREATE UNIQUE INDEX ix_categories_slug ON categories (slug);


CREATE UNIQUE INDEX ix_idempotency_records_scope_key ON idempotency_records (scope, key);


CREATE INDEX ix_order_lines_order_id ON order_lines (order_id);


CREATE INDEX ix_order_lines_product_id ON order_lines (product_id);


CREATE INDEX ix_order_status_changes_order_id ON order_status_changes (order_id);


CREATE INDEX ix_orders_customer_id_placed_at_utc ON orders (customer_id, placed_at_utc);


CREATE UNIQUE INDEX ix_orders_external_reference ON orders (external_reference);


CREATE UNIQUE INDEX ix_orders_number ON orders (number);


CREATE INDEX ix_orders_status_pay_by_utc ON orders (status, pay_by_utc);


CREATE INDEX ix_orders_store_id_status ON orders (store_id, status);


CREATE INDEX ix_payment_refunds_order_id ON payment_refunds (order_id);


CREATE INDEX ix_payment_refunds_payment_id ON payment_refunds (payment_id);


CREATE INDEX ix_payments_order_id ON payments (order_id);


CREATE INDEX ix_pickup_points_store_id ON pickup_points (store_id);


CREATE INDEX ix_product_photos_product_id ON product_photos (product_id);


CREATE INDEX ix_products_category_id ON products (category_id);


CREATE INDEX ix_products_merchant_id ON products (merchant_id);


CREATE INDEX ix_sandbox_events_delivered_at_utc_next_attempt_at_utc ON sandbox_events (delivered_at_utc, next_attempt_at_utc);


CREATE INDEX ix_sessions_account_id ON sessions (account_id);


CREATE UNIQUE INDEX ix_sessions_token_hash ON sessions (token_hash);


CREATE INDEX ix_skus_code ON skus (code);


CREATE UNIQUE INDEX ix_skus_product_id_code ON skus (product_id, code);


CREATE INDEX ix_store_offers_product_id ON store_offers (product_id);


CREATE INDEX ix_store_offers_sku_id ON store_offers (sku_id);


CREATE INDEX ix_store_offers_store_id_product_id ON store_offers (store_id, product_id);


CREATE INDEX ix_store_staff_account_id ON store_staff (account_id);


CREATE INDEX ix_stores_merchant_id ON stores (merchant_id);


CREATE INDEX ix_stores_name ON stores (name);



