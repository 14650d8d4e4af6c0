-- Community group buying (issue 4): leaders (a shopper's approved pickup point for a store), merchants'
-- campaigns with their items at campaign prices, and the orders placed through a leader with the leader's
-- commission on them.

CREATE TABLE leader_campaigns (
    id uuid NOT NULL,
    store_id uuid NOT NULL,
    title character varying(120) NOT NULL,
    currency character varying(3) NOT NULL,
    cut_off_utc timestamp with time zone NOT NULL,
    delivery_day_utc timestamp with time zone NOT NULL,
    commission_basis_points integer NOT NULL,
    published_at_utc timestamp with time zone,
    closed_at_utc timestamp with time zone,
    created_by_id uuid NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_leader_campaigns PRIMARY KEY (id)
);

CREATE TABLE leaders (
    id uuid NOT NULL,
    store_id uuid NOT NULL,
    account_id uuid NOT NULL,
    point_name character varying(120) NOT NULL,
    kind character varying(20) NOT NULL,
    address character varying(300) NOT NULL,
    latitude double precision NOT NULL,
    longitude double precision NOT NULL,
    status character varying(10) NOT NULL,
    pickup_point_id uuid,
    applied_at_utc timestamp with time zone NOT NULL,
    decided_at_utc timestamp with time zone,
    decided_by_id uuid,
    CONSTRAINT pk_leaders PRIMARY KEY (id)
);

CREATE TABLE leader_campaign_items (
    id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    sku_id uuid NOT NULL,
    product_id uuid NOT NULL,
    product_name character varying(200) NOT NULL,
    sku_label character varying(80) NOT NULL,
    price_minor bigint NOT NULL,
    CONSTRAINT pk_leader_campaign_items PRIMARY KEY (id),
    CONSTRAINT fk_leader_campaign_items_leader_campaigns_campaign_id FOREIGN KEY (campaign_id) REFERENCES leader_campaigns (id) ON DELETE CASCADE
);

CREATE TABLE leader_orders (
    order_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    leader_id uuid NOT NULL,
    store_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    state character varying(10) NOT NULL,
    commission_minor bigint NOT NULL,
    placed_at_utc timestamp with time zone NOT NULL,
    completed_at_utc timestamp with time zone,
    CONSTRAINT pk_leader_orders PRIMARY KEY (order_id),
    CONSTRAINT fk_leader_orders_leader_campaigns_campaign_id FOREIGN KEY (campaign_id) REFERENCES leader_campaigns (id) ON DELETE CASCADE,
    CONSTRAINT fk_leader_orders_leaders_leader_id FOREIGN KEY (leader_id) REFERENCES leaders (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_leader_campaign_items_campaign_id_sku_id ON leader_campaign_items (campaign_id, sku_id);

CREATE INDEX ix_leader_campaigns_store_id_cut_off_utc ON leader_campaigns (store_id, cut_off_utc);

CREATE INDEX ix_leader_orders_campaign_id ON leader_orders (campaign_id);

CREATE INDEX ix_leader_orders_customer_id ON leader_orders (customer_id);

CREATE INDEX ix_leader_orders_leader_id_placed_at_utc ON leader_orders (leader_id, placed_at_utc);

CREATE INDEX ix_leaders_account_id ON leaders (account_id);

CREATE INDEX ix_leaders_pickup_point_id ON leaders (pickup_point_id);

CREATE UNIQUE INDEX ix_leaders_store_id_account_id ON leaders (store_id, account_id);
