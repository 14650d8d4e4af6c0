-- Moderation learns from moderators (ADR 0020): each decision names the spam model version that judged the text;
-- the texts moderators labelled (approved = good; removed after a hold or a spam report = spam); the model versions
-- retrained with them, stored so every app node judges with the same one.

ALTER TABLE moderation_actions ADD COLUMN model_version character varying(40);

CREATE TABLE spam_labels (
    id uuid NOT NULL,
    content_kind character varying(20) NOT NULL,
    content_id uuid NOT NULL,
    author_id uuid,
    text character varying(10000) NOT NULL,
    spam boolean NOT NULL,
    model_version character varying(40),
    spam_probability double precision,
    decided_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_spam_labels PRIMARY KEY (id)
);

CREATE TABLE spam_model_versions (
    number integer NOT NULL,
    version character varying(40) NOT NULL,
    base_hash character varying(64) NOT NULL,
    labels integer NOT NULL,
    labels_until_utc timestamp with time zone,
    trained_at_utc timestamp with time zone NOT NULL,
    training_seconds double precision NOT NULL,
    model bytea,
    CONSTRAINT pk_spam_model_versions PRIMARY KEY (number)
);

CREATE INDEX ix_spam_labels_author_id ON spam_labels (author_id);
CREATE INDEX ix_spam_labels_decided_at_utc ON spam_labels (decided_at_utc);
CREATE UNIQUE INDEX ix_spam_model_versions_version ON spam_model_versions (version);
