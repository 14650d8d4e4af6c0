-- Moderation: reports, the moderators' audit log, why a review was removed, account suspensions.

CREATE TABLE moderation_actions (
    id uuid NOT NULL,
    moderator_id uuid NOT NULL,
    action character varying(12) NOT NULL,
    target_kind character varying(20) NOT NULL,
    target_id uuid NOT NULL,
    reason character varying(500),
    at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_moderation_actions PRIMARY KEY (id)
);

CREATE TABLE reports (
    id uuid NOT NULL,
    content_kind character varying(20) NOT NULL,
    content_id uuid NOT NULL,
    reporter_id uuid NOT NULL,
    reason character varying(12) NOT NULL,
    note character varying(500),
    status character varying(8) NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    closed_at_utc timestamp with time zone,
    CONSTRAINT pk_reports PRIMARY KEY (id)
);

CREATE INDEX ix_moderation_actions_at_utc ON moderation_actions (at_utc);
CREATE INDEX ix_moderation_actions_target_kind_target_id ON moderation_actions (target_kind, target_id);
CREATE UNIQUE INDEX ix_reports_content_kind_content_id_reporter_id ON reports (content_kind, content_id, reporter_id);
CREATE INDEX ix_reports_reporter_id ON reports (reporter_id);
CREATE INDEX ix_reports_status_created_at_utc ON reports (status, created_at_utc);

ALTER TABLE reviews ADD COLUMN removal_reason character varying(500);
ALTER TABLE accounts ADD COLUMN suspended_until_utc timestamp with time zone;
