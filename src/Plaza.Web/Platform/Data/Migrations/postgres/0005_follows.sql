-- Follows: an account following a person or a store (one row per pair), and the follow counts of each
-- person and store, which move only by conditional UPDATEs in the same transaction as the follow row.

CREATE TABLE follow_counts (
    subject_kind character varying(10) NOT NULL,
    subject_id uuid NOT NULL,
    followers integer NOT NULL,
    following integer NOT NULL,
    CONSTRAINT pk_follow_counts PRIMARY KEY (subject_kind, subject_id)
);

CREATE TABLE follows (
    follower_id uuid NOT NULL,
    target_kind character varying(10) NOT NULL,
    target_id uuid NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_follows PRIMARY KEY (follower_id, target_kind, target_id)
);

CREATE INDEX ix_follows_target_kind_target_id_created_at_utc ON follows (target_kind, target_id, created_at_utc);
