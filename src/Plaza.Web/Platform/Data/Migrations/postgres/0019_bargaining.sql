-- Bargaining (砍价, issue 4): merchants' bargain deals, shoppers' bargains with their price and cut counters,
-- one cut per friend per bargain. open_slot holds the deal id while a bargain is open: with the unique
-- (open_slot, starter_id) index a shopper has at most one open bargain per deal (NULLs never collide).

CREATE TABLE bargain_deals (
    id uuid NOT NULL,
    store_id uuid NOT NULL,
    sku_id uuid NOT NULL,
    product_id uuid NOT NULL,
    product_name character varying(200) NOT NULL,
    sku_label character varying(80) NOT NULL,
    floor_price_minor bigint NOT NULL,
    currency character varying(3) NOT NULL,
    expected_cuts integer NOT NULL,
    time_limit_minutes integer NOT NULL,
    starts_at_utc timestamp with time zone NOT NULL,
    ends_at_utc timestamp with time zone NOT NULL,
    created_by_id uuid NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_bargain_deals PRIMARY KEY (id)
);

CREATE TABLE bargains (
    id uuid NOT NULL,
    deal_id uuid NOT NULL,
    store_id uuid NOT NULL,
    sku_id uuid NOT NULL,
    starter_id uuid NOT NULL,
    start_price_minor bigint NOT NULL,
    floor_price_minor bigint NOT NULL,
    current_price_minor bigint NOT NULL,
    expected_cuts integer NOT NULL,
    cuts integer NOT NULL,
    seed integer NOT NULL,
    status character varying(10) NOT NULL,
    open_slot uuid,
    order_id uuid,
    started_at_utc timestamp with time zone NOT NULL,
    expires_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_bargains PRIMARY KEY (id),
    CONSTRAINT fk_bargains_bargain_deals_deal_id FOREIGN KEY (deal_id) REFERENCES bargain_deals (id) ON DELETE CASCADE
);

CREATE TABLE bargain_cuts (
    id uuid NOT NULL,
    bargain_id uuid NOT NULL,
    friend_id uuid NOT NULL,
    sequence integer NOT NULL,
    amount_minor bigint NOT NULL,
    cut_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_bargain_cuts PRIMARY KEY (id),
    CONSTRAINT fk_bargain_cuts_bargains_bargain_id FOREIGN KEY (bargain_id) REFERENCES bargains (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_bargain_cuts_bargain_id_friend_id ON bargain_cuts (bargain_id, friend_id);

CREATE INDEX ix_bargain_cuts_friend_id_cut_at_utc ON bargain_cuts (friend_id, cut_at_utc);

CREATE INDEX ix_bargain_deals_product_id ON bargain_deals (product_id);

CREATE INDEX ix_bargain_deals_store_id_ends_at_utc ON bargain_deals (store_id, ends_at_utc);

CREATE INDEX ix_bargains_deal_id ON bargains (deal_id);

CREATE UNIQUE INDEX ix_bargains_open_slot_starter_id ON bargains (open_slot, starter_id);

CREATE INDEX ix_bargains_order_id ON bargains (order_id);

CREATE INDEX ix_bargains_starter_id_started_at_utc ON bargains (starter_id, started_at_utc);
