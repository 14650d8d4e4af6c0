-- Promotions (issue 4): coupon campaigns and the coupons shoppers hold; flash sales, each shopper's count and
-- the units each order took (released once when the order is cancelled).

CREATE TABLE coupons (
    id uuid NOT NULL,
    store_id uuid NOT NULL,
    code character varying(40) NOT NULL,
    name character varying(80) NOT NULL,
    kind character varying(12) NOT NULL,
    amount_minor bigint NOT NULL,
    percent integer NOT NULL,
    max_discount_minor bigint,
    min_spend_minor bigint NOT NULL,
    currency character varying(3) NOT NULL,
    scope character varying(12) NOT NULL,
    scope_id uuid,
    valid_from_utc timestamp with time zone NOT NULL,
    valid_until_utc timestamp with time zone NOT NULL,
    total_limit integer,
    per_shopper_limit integer NOT NULL,
    stackable boolean NOT NULL,
    claimable boolean NOT NULL,
    claimed_count integer NOT NULL,
    created_by uuid NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_coupons PRIMARY KEY (id)
);

CREATE TABLE flash_sales (
    id uuid NOT NULL,
    store_id uuid NOT NULL,
    sku_id uuid NOT NULL,
    product_id uuid NOT NULL,
    title character varying(80) NOT NULL,
    price_minor bigint NOT NULL,
    usual_price_minor bigint NOT NULL,
    currency character varying(3) NOT NULL,
    quantity integer NOT NULL,
    sold integer NOT NULL,
    per_shopper_limit integer NOT NULL,
    starts_at_utc timestamp with time zone NOT NULL,
    ends_at_utc timestamp with time zone NOT NULL,
    created_by uuid NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_flash_sales PRIMARY KEY (id)
);

CREATE TABLE shopper_coupons (
    id uuid NOT NULL,
    coupon_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    sequence integer NOT NULL,
    issued_by uuid,
    claimed_at_utc timestamp with time zone NOT NULL,
    used_order_id uuid,
    used_at_utc timestamp with time zone,
    CONSTRAINT pk_shopper_coupons PRIMARY KEY (id),
    CONSTRAINT fk_shopper_coupons_coupons_coupon_id FOREIGN KEY (coupon_id) REFERENCES coupons (id) ON DELETE CASCADE
);

CREATE TABLE flash_sale_buyers (
    flash_sale_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    bought integer NOT NULL,
    CONSTRAINT pk_flash_sale_buyers PRIMARY KEY (flash_sale_id, customer_id),
    CONSTRAINT fk_flash_sale_buyers_flash_sales_flash_sale_id FOREIGN KEY (flash_sale_id) REFERENCES flash_sales (id) ON DELETE CASCADE
);

CREATE TABLE flash_sale_claims (
    order_id uuid NOT NULL,
    flash_sale_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    quantity integer NOT NULL,
    claimed_at_utc timestamp with time zone NOT NULL,
    released_at_utc timestamp with time zone,
    CONSTRAINT pk_flash_sale_claims PRIMARY KEY (order_id, flash_sale_id),
    CONSTRAINT fk_flash_sale_claims_flash_sales_flash_sale_id FOREIGN KEY (flash_sale_id) REFERENCES flash_sales (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_coupons_store_id_code ON coupons (store_id, code);

CREATE INDEX ix_coupons_store_id_valid_until_utc ON coupons (store_id, valid_until_utc);

CREATE INDEX ix_flash_sale_buyers_customer_id ON flash_sale_buyers (customer_id);

CREATE INDEX ix_flash_sale_claims_customer_id ON flash_sale_claims (customer_id);

CREATE INDEX ix_flash_sale_claims_flash_sale_id ON flash_sale_claims (flash_sale_id);

CREATE INDEX ix_flash_sales_store_id_ends_at_utc ON flash_sales (store_id, ends_at_utc);

CREATE INDEX ix_flash_sales_store_id_sku_id_ends_at_utc ON flash_sales (store_id, sku_id, ends_at_utc);

CREATE UNIQUE INDEX ix_shopper_coupons_coupon_id_customer_id_sequence ON shopper_coupons (coupon_id, customer_id, sequence);

CREATE INDEX ix_shopper_coupons_customer_id ON shopper_coupons (customer_id);

CREATE INDEX ix_shopper_coupons_used_order_id ON shopper_coupons (used_order_id);
