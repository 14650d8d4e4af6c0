-- Sharing: share links (one per sharer and target, short unambiguous codes), visits counted once a day
-- per hashed visitor, sign-ups and orders that came through a link (self-attribution flagged).
-- No column on orders: attribution is Sharing's own table, keyed by order id, written in PlaceOrder's transaction.

CREATE TABLE share_links (
    id uuid NOT NULL,
    code character varying(8) NOT NULL,
    sharer_account_id uuid NOT NULL,
    target_kind character varying(20) NOT NULL,
    target_id uuid NOT NULL,
    store_id uuid,
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_share_links PRIMARY KEY (id)
);

CREATE TABLE share_attributions (
    order_id uuid NOT NULL,
    share_link_id uuid NOT NULL,
    sharer_account_id uuid NOT NULL,
    customer_account_id uuid NOT NULL,
    source character varying(10) NOT NULL,
    is_self boolean NOT NULL,
    attributed_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_share_attributions PRIMARY KEY (order_id),
    CONSTRAINT fk_share_attributions_share_links_share_link_id FOREIGN KEY (share_link_id) REFERENCES share_links (id) ON DELETE CASCADE
);

CREATE TABLE share_signups (
    account_id uuid NOT NULL,
    share_link_id uuid NOT NULL,
    signed_up_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_share_signups PRIMARY KEY (account_id),
    CONSTRAINT fk_share_signups_share_links_share_link_id FOREIGN KEY (share_link_id) REFERENCES share_links (id) ON DELETE CASCADE
);

CREATE TABLE share_visits (
    share_link_id uuid NOT NULL,
    day date NOT NULL,
    visitor_hash character varying(64) NOT NULL,
    visits integer NOT NULL,
    first_visit_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_share_visits PRIMARY KEY (share_link_id, day, visitor_hash),
    CONSTRAINT fk_share_visits_share_links_share_link_id FOREIGN KEY (share_link_id) REFERENCES share_links (id) ON DELETE CASCADE
);

CREATE INDEX ix_share_attributions_customer_account_id ON share_attributions (customer_account_id);
CREATE INDEX ix_share_attributions_share_link_id ON share_attributions (share_link_id);
CREATE UNIQUE INDEX ix_share_links_code ON share_links (code);
CREATE UNIQUE INDEX ux_share_links_sharer_store_target ON share_links (sharer_account_id, target_kind, target_id, store_id) WHERE store_id IS NOT NULL;
CREATE UNIQUE INDEX ux_share_links_sharer_target ON share_links (sharer_account_id, target_kind, target_id) WHERE store_id IS NULL;
CREATE INDEX ix_share_signups_share_link_id ON share_signups (share_link_id);
