-- Loyalty: the points ledger (append-only entries, unique per account, kind and source) and one balance
-- row per account that only moves by conditional UPDATE, never below zero.

CREATE TABLE points_accounts (
    account_id uuid NOT NULL,
    balance bigint NOT NULL,
    growth bigint NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_points_accounts PRIMARY KEY (account_id),
    CONSTRAINT ck_points_accounts_balance CHECK (balance >= 0)
);

CREATE TABLE points_entries (
    id uuid NOT NULL,
    account_id uuid NOT NULL,
    kind character varying(20) NOT NULL,
    amount bigint NOT NULL,
    growth bigint NOT NULL,
    source character varying(120) NOT NULL,
    order_id uuid,
    created_at_utc timestamp with time zone NOT NULL,
    expires_at_utc timestamp with time zone,
    CONSTRAINT pk_points_entries PRIMARY KEY (id),
    CONSTRAINT fk_points_entries_points_accounts_account_id FOREIGN KEY (account_id) REFERENCES points_accounts (account_id) ON DELETE CASCADE
);

CREATE INDEX ix_points_entries_account_id_created_at_utc ON points_entries (account_id, created_at_utc);

CREATE UNIQUE INDEX ix_points_entries_account_id_kind_source ON points_entries (account_id, kind, source);

CREATE INDEX ix_points_entries_order_id ON points_entries (order_id);
