-- Domain events saved with the change that raised them (outbox), and in-app notifications.

CREATE TABLE notification_opt_outs (
    account_id uuid NOT NULL,
    kind character varying(20) NOT NULL,
    CONSTRAINT pk_notification_opt_outs PRIMARY KEY (account_id, kind)
);

CREATE TABLE notifications (
    id uuid NOT NULL,
    recipient_id uuid NOT NULL,
    kind character varying(20) NOT NULL,
    source_event_id uuid NOT NULL,
    subject_id uuid,
    data character varying(1000) NOT NULL,
    link character varying(300),
    created_at_utc timestamp with time zone NOT NULL,
    read_at_utc timestamp with time zone,
    CONSTRAINT pk_notifications PRIMARY KEY (id)
);

CREATE TABLE outbox_messages (
    id uuid NOT NULL,
    type character varying(200) NOT NULL,
    payload character varying(8000) NOT NULL,
    occurred_at_utc timestamp with time zone NOT NULL,
    processed_at_utc timestamp with time zone,
    claimed_until_utc timestamp with time zone,
    attempts integer NOT NULL,
    last_error character varying(1000),
    CONSTRAINT pk_outbox_messages PRIMARY KEY (id)
);

CREATE INDEX ix_notifications_recipient_id_created_at_utc ON notifications (recipient_id, created_at_utc);

CREATE UNIQUE INDEX ix_notifications_recipient_id_source_event_id ON notifications (recipient_id, source_event_id);

CREATE INDEX ix_outbox_messages_processed_at_utc_occurred_at_utc ON outbox_messages (processed_at_utc, occurred_at_utc);
