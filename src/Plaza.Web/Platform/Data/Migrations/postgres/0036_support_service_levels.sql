-- Customer service levels (issue 12): each store's targets (minutes of opening hours to a person's first reply and to
-- resolution) and every finished cycle of a conversation as it ended — who answered, the times, met or missed, the rating —
-- which the dashboard counts.
CREATE TABLE support_service_targets (
    store_id uuid NOT NULL,
    first_response_minutes integer NOT NULL,
    resolution_minutes integer NOT NULL,
    updated_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_support_service_targets PRIMARY KEY (store_id),
    CONSTRAINT fk_support_service_targets_stores_store_id FOREIGN KEY (store_id) REFERENCES stores (id) ON DELETE CASCADE
);

CREATE TABLE support_cycles (
    id uuid NOT NULL,
    conversation_id uuid NOT NULL,
    store_id uuid NOT NULL,
    started_at_utc timestamp with time zone NOT NULL,
    resolved_at_utc timestamp with time zone NOT NULL,
    resolved_by character varying(10) NOT NULL,
    answered_by character varying(10) NOT NULL,
    first_response_seconds integer,
    first_response_met boolean,
    resolution_seconds integer,
    resolution_met boolean,
    rating integer,
    CONSTRAINT pk_support_cycles PRIMARY KEY (id),
    CONSTRAINT fk_support_cycles_support_conversations_conversation_id FOREIGN KEY (conversation_id) REFERENCES support_conversations (id) ON DELETE CASCADE
);

CREATE INDEX ix_support_cycles_conversation_id_resolved_at_utc ON support_cycles (conversation_id, resolved_at_utc);

CREATE INDEX ix_support_cycles_store_id_resolved_at_utc ON support_cycles (store_id, resolved_at_utc);
