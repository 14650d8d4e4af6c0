-- Customer service (issue 12): a shopper's conversations with a store, their messages (numbered within the conversation; the
-- assistant's cards as JSON; internal notes), each conversation's status history (what service levels are counted from) and the
-- agents' seats (open counts under a limit).
CREATE TABLE support_agents (
    store_id uuid NOT NULL,
    account_id uuid NOT NULL,
    max_open integer NOT NULL,
    open_count integer NOT NULL,
    away boolean NOT NULL,
    last_seen_utc timestamp with time zone NOT NULL,
    last_assigned_at_utc timestamp with time zone,
    CONSTRAINT pk_support_agents PRIMARY KEY (store_id, account_id),
    CONSTRAINT fk_support_agents_stores_store_id FOREIGN KEY (store_id) REFERENCES stores (id) ON DELETE CASCADE
);

CREATE TABLE support_conversations (
    id uuid NOT NULL,
    store_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    order_id uuid,
    product_id uuid,
    status character varying(10) NOT NULL,
    handler character varying(10) NOT NULL,
    assignee_id uuid,
    culture character varying(10) NOT NULL,
    failed_answers integer NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    last_message_at_utc timestamp with time zone NOT NULL,
    cycle_started_at_utc timestamp with time zone NOT NULL,
    handed_over_at_utc timestamp with time zone,
    handover_reason character varying(20),
    first_response_at_utc timestamp with time zone,
    resolved_at_utc timestamp with time zone,
    snoozed_until_utc timestamp with time zone,
    customer_seen_at_utc timestamp with time zone,
    customer_read_at_utc timestamp with time zone,
    agent_read_at_utc timestamp with time zone,
    rating integer,
    rating_comment character varying(500),
    message_count integer NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_support_conversations PRIMARY KEY (id),
    CONSTRAINT fk_support_conversations_stores_store_id FOREIGN KEY (store_id) REFERENCES stores (id) ON DELETE CASCADE
);

CREATE TABLE support_messages (
    id uuid NOT NULL,
    conversation_id uuid NOT NULL,
    seq integer NOT NULL,
    author character varying(10) NOT NULL,
    author_id uuid,
    text character varying(2000) NOT NULL,
    card_json character varying(8000),
    intent character varying(30),
    photo_file_name character varying(80),
    internal boolean NOT NULL,
    sent_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_support_messages PRIMARY KEY (id),
    CONSTRAINT fk_support_messages_support_conversations_conversation_id FOREIGN KEY (conversation_id) REFERENCES support_conversations (id) ON DELETE CASCADE
);

CREATE TABLE support_status_changes (
    id uuid NOT NULL,
    conversation_id uuid NOT NULL,
    from_status character varying(10) NOT NULL,
    to_status character varying(10) NOT NULL,
    at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_support_status_changes PRIMARY KEY (id),
    CONSTRAINT fk_support_status_changes_support_conversations_conversation_id FOREIGN KEY (conversation_id) REFERENCES support_conversations (id) ON DELETE CASCADE
);

CREATE INDEX ix_support_agents_account_id ON support_agents (account_id);

CREATE INDEX ix_support_conversations_customer_id_last_message_at_utc ON support_conversations (customer_id, last_message_at_utc);

CREATE INDEX ix_support_conversations_store_id_assignee_id ON support_conversations (store_id, assignee_id);

CREATE INDEX ix_support_conversations_store_id_status_last_message_at_utc ON support_conversations (store_id, status, last_message_at_utc);

CREATE UNIQUE INDEX ix_support_messages_conversation_id_seq ON support_messages (conversation_id, seq);

CREATE INDEX ix_support_status_changes_conversation_id_at_utc ON support_status_changes (conversation_id, at_utc);
