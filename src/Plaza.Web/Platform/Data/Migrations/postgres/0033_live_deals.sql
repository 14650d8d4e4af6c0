-- Live deals (issue 11): a price for a few minutes in a live room, with the buyers' counts and each order's claim, orders
-- attributed to the room, and who is in a room (signed-in viewers' last Join or Beat).
CREATE TABLE live_deal_claims (
    order_id uuid NOT NULL,
    deal_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    quantity integer NOT NULL,
    claimed_at_utc timestamp with time zone NOT NULL,
    released_at_utc timestamp with time zone,
    CONSTRAINT pk_live_deal_claims PRIMARY KEY (order_id, deal_id)
);

CREATE TABLE live_orders (
    order_id uuid NOT NULL,
    room_id uuid NOT NULL,
    at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_live_orders PRIMARY KEY (order_id)
);

CREATE TABLE live_deals (
    id uuid NOT NULL,
    room_id uuid NOT NULL,
    store_id uuid NOT NULL,
    sku_id uuid NOT NULL,
    price_minor bigint NOT NULL,
    usual_price_minor bigint NOT NULL,
    currency character varying(3) NOT NULL,
    quantity integer NOT NULL,
    sold integer NOT NULL,
    per_shopper_limit integer NOT NULL,
    opens_at_utc timestamp with time zone NOT NULL,
    closes_at_utc timestamp with time zone NOT NULL,
    created_by uuid NOT NULL,
    CONSTRAINT pk_live_deals PRIMARY KEY (id),
    CONSTRAINT fk_live_deals_live_rooms_room_id FOREIGN KEY (room_id) REFERENCES live_rooms (id) ON DELETE CASCADE
);

CREATE TABLE live_viewers (
    room_id uuid NOT NULL,
    account_id uuid NOT NULL,
    last_seen_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_live_viewers PRIMARY KEY (room_id, account_id),
    CONSTRAINT fk_live_viewers_live_rooms_room_id FOREIGN KEY (room_id) REFERENCES live_rooms (id) ON DELETE CASCADE
);

CREATE TABLE live_deal_buyers (
    deal_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    bought integer NOT NULL,
    CONSTRAINT pk_live_deal_buyers PRIMARY KEY (deal_id, customer_id),
    CONSTRAINT fk_live_deal_buyers_live_deals_deal_id FOREIGN KEY (deal_id) REFERENCES live_deals (id) ON DELETE CASCADE
);

CREATE INDEX ix_live_deal_buyers_customer_id ON live_deal_buyers (customer_id);

CREATE INDEX ix_live_deal_claims_deal_id ON live_deal_claims (deal_id);

CREATE INDEX ix_live_deals_room_id_closes_at_utc ON live_deals (room_id, closes_at_utc);

CREATE INDEX ix_live_orders_room_id ON live_orders (room_id);

CREATE INDEX ix_live_viewers_account_id ON live_viewers (account_id);
