-- The paid membership card (issue 4) and payments that pay more than orders (ADR 0013).
-- A payment now names its bill by kind ('order', 'membership-card') and id; order_id stays, for order
-- payments only, with its foreign key; a refund's order_id is null for bills that are not orders.

ALTER TABLE payments ADD COLUMN kind character varying(30) NOT NULL DEFAULT 'order';
ALTER TABLE payments ADD COLUMN payable_id uuid;
UPDATE payments SET payable_id = order_id;
ALTER TABLE payments ALTER COLUMN payable_id SET NOT NULL;
ALTER TABLE payments ALTER COLUMN order_id DROP NOT NULL;
ALTER TABLE payment_refunds ALTER COLUMN order_id DROP NOT NULL;

CREATE INDEX ix_payments_kind_payable_id ON payments (kind, payable_id);

CREATE TABLE membership_card_purchases (
    id uuid NOT NULL,
    account_id uuid NOT NULL,
    card_name character varying(60) NOT NULL,
    tier_name character varying(40) NOT NULL,
    plan character varying(20) NOT NULL,
    days integer NOT NULL,
    price_minor bigint NOT NULL,
    currency character varying(3) NOT NULL,
    status character varying(20) NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    payment_id uuid,
    paid_at_utc timestamp with time zone,
    valid_from_utc timestamp with time zone,
    valid_until_utc timestamp with time zone,
    CONSTRAINT pk_membership_card_purchases PRIMARY KEY (id)
);

CREATE INDEX ix_membership_card_purchases_account_id_created_at_utc ON membership_card_purchases (account_id, created_at_utc);

CREATE TABLE membership_cards (
    account_id uuid NOT NULL,
    tier_name character varying(40) NOT NULL,
    valid_until_utc timestamp with time zone NOT NULL,
    updated_at_utc timestamp with time zone NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_membership_cards PRIMARY KEY (account_id)
);
