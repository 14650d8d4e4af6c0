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


CREATE UNIQUE INDEX ix_accounts_email ON accounts (email);


CREATE UNIQUE INDEX ix_accounts_phone ON accounts (phone);


CREATE UNIQUE INDEX ix_categories_slug ON categories (slug);


CREATE UNIQUE INDEX ix_idempotency_records_scope_key ON idempotency_records (scope, key);


CREATE INDEX ix_pickup_points_store_id ON pickup_points (store_id);


CREATE INDEX ix_product_photos_product_id ON product_photos (product_id);


CREATE INDEX ix_products_category_id ON products (category_id);


CREATE INDEX ix_products_merchant_id ON products (merchant_id);


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



