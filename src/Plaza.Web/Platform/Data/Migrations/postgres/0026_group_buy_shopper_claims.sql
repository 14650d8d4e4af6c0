-- The per-shopper limit of a team deal counts across all the shopper's teams in it; this row per (deal, shopper)
-- is locked by each of their team orders so racing orders take turns.
CREATE TABLE group_buy_shopper_claims (
    deal_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    claims integer NOT NULL,
    CONSTRAINT pk_group_buy_shopper_claims PRIMARY KEY (deal_id, customer_id)
);
