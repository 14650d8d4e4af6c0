-- Team group buying (issue 4, ADR 0012): merchants' deals, teams with their seat counters, one seat per
-- order (and per shopper per team). Orders get a hold flag: a paid order of a team that is not complete yet
-- cannot be prepared.

CREATE TABLE group_buy_deals (
    id uuid NOT NULL,
    store_id uuid NOT NULL,
    sku_id uuid NOT NULL,
    product_id uuid NOT NULL,
    product_name character varying(200) NOT NULL,
    sku_label character varying(80) NOT NULL,
    group_price_minor bigint NOT NULL,
    currency character varying(3) NOT NULL,
    team_size integer NOT NULL,
    time_limit_minutes integer NOT NULL,
    per_shopper_limit integer NOT NULL,
    starts_at_utc timestamp with time zone NOT NULL,
    ends_at_utc timestamp with time zone NOT NULL,
    created_by_id uuid NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_group_buy_deals PRIMARY KEY (id)
);

CREATE TABLE group_buy_teams (
    id uuid NOT NULL,
    deal_id uuid NOT NULL,
    store_id uuid NOT NULL,
    sku_id uuid NOT NULL,
    leader_id uuid NOT NULL,
    size integer NOT NULL,
    members integer NOT NULL,
    paid_members integer NOT NULL,
    status character varying(10) NOT NULL,
    opened_at_utc timestamp with time zone NOT NULL,
    expires_at_utc timestamp with time zone NOT NULL,
    closed_at_utc timestamp with time zone,
    CONSTRAINT pk_group_buy_teams PRIMARY KEY (id),
    CONSTRAINT fk_group_buy_teams_group_buy_deals_deal_id FOREIGN KEY (deal_id) REFERENCES group_buy_deals (id) ON DELETE CASCADE
);

CREATE TABLE group_buy_members (
    id uuid NOT NULL,
    team_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    order_id uuid NOT NULL,
    quantity integer NOT NULL,
    state character varying(10) NOT NULL,
    joined_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_group_buy_members PRIMARY KEY (id),
    CONSTRAINT fk_group_buy_members_group_buy_teams_team_id FOREIGN KEY (team_id) REFERENCES group_buy_teams (id) ON DELETE CASCADE
);

CREATE INDEX ix_group_buy_deals_product_id ON group_buy_deals (product_id);
CREATE INDEX ix_group_buy_deals_store_id_ends_at_utc ON group_buy_deals (store_id, ends_at_utc);
CREATE INDEX ix_group_buy_members_customer_id ON group_buy_members (customer_id);
CREATE UNIQUE INDEX ix_group_buy_members_order_id ON group_buy_members (order_id);
CREATE UNIQUE INDEX ix_group_buy_members_team_id_customer_id ON group_buy_members (team_id, customer_id);
CREATE INDEX ix_group_buy_teams_deal_id_status ON group_buy_teams (deal_id, status);
CREATE INDEX ix_group_buy_teams_status_expires_at_utc ON group_buy_teams (status, expires_at_utc);

ALTER TABLE orders ADD COLUMN hold_reason character varying(120);
