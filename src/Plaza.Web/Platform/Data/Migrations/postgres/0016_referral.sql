-- Referral: promoters (opt-in), commission rates per store (default, per category, per product; basis points for
-- level 1 and level 2), commissions per (order, level) frozen until the after-sales window closes, reversals per
-- refund, and each promoter's wallet: a ledger of entries plus a balance kept in step for conditional withdrawals.
-- Bindings are not stored here: they come from Sharing's share_signups through its contract.

CREATE TABLE referral_commission_rates (
    id uuid NOT NULL,
    store_id uuid NOT NULL,
    scope character varying(10) NOT NULL,
    target_id uuid NOT NULL,
    level1_basis_points integer NOT NULL,
    level2_basis_points integer NOT NULL,
    updated_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_referral_commission_rates PRIMARY KEY (id)
);

CREATE TABLE referral_commissions (
    id uuid NOT NULL,
    order_id uuid NOT NULL,
    level integer NOT NULL,
    promoter_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    store_id uuid NOT NULL,
    base_minor bigint NOT NULL,
    amount_minor bigint NOT NULL,
    reversed_minor bigint NOT NULL,
    currency character varying(3) NOT NULL,
    status character varying(10) NOT NULL,
    completed_at_utc timestamp with time zone NOT NULL,
    release_at_utc timestamp with time zone NOT NULL,
    released_at_utc timestamp with time zone,
    CONSTRAINT pk_referral_commissions PRIMARY KEY (id)
);

CREATE TABLE referral_promoters (
    account_id uuid NOT NULL,
    joined_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_referral_promoters PRIMARY KEY (account_id)
);

CREATE TABLE referral_wallet_entries (
    id uuid NOT NULL,
    account_id uuid NOT NULL,
    currency character varying(3) NOT NULL,
    kind character varying(20) NOT NULL,
    amount_minor bigint NOT NULL,
    reference character varying(60) NOT NULL,
    commission_id uuid,
    state character varying(10),
    at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_referral_wallet_entries PRIMARY KEY (id)
);

CREATE TABLE referral_wallets (
    account_id uuid NOT NULL,
    currency character varying(3) NOT NULL,
    balance_minor bigint NOT NULL,
    CONSTRAINT pk_referral_wallets PRIMARY KEY (account_id, currency)
);

CREATE TABLE referral_commission_reversals (
    id uuid NOT NULL,
    commission_id uuid NOT NULL,
    refunded_total_minor bigint NOT NULL,
    amount_minor bigint NOT NULL,
    after_release boolean NOT NULL,
    at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_referral_commission_reversals PRIMARY KEY (id),
    CONSTRAINT "fk_referral_commission_reversals_referral_commissions_commissi~" FOREIGN KEY (commission_id) REFERENCES referral_commissions (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_referral_commission_rates_store_id_scope_target_id ON referral_commission_rates (store_id, scope, target_id);

CREATE UNIQUE INDEX "ix_referral_commission_reversals_commission_id_refunded_total_~" ON referral_commission_reversals (commission_id, refunded_total_minor);

CREATE UNIQUE INDEX ix_referral_commissions_order_id_level ON referral_commissions (order_id, level);

CREATE INDEX ix_referral_commissions_promoter_id_completed_at_utc ON referral_commissions (promoter_id, completed_at_utc);

CREATE INDEX ix_referral_commissions_status_release_at_utc ON referral_commissions (status, release_at_utc);

CREATE INDEX ix_referral_wallet_entries_account_id_at_utc ON referral_wallet_entries (account_id, at_utc);

CREATE UNIQUE INDEX ix_referral_wallet_entries_reference ON referral_wallet_entries (reference);
