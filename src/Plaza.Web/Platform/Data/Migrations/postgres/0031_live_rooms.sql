-- Live selling rooms (issue 11): rooms with their products, chat, sanctions, the replay's timeline, reminders, and
-- each viewer's chat pace (slow mode and the rate cap, moved by one conditional upsert).
CREATE TABLE live_rooms (
    id uuid NOT NULL,
    store_id uuid NOT NULL,
    host_account_id uuid NOT NULL,
    title character varying(80) NOT NULL,
    scheduled_start_utc timestamp with time zone NOT NULL,
    state character varying(10) NOT NULL,
    stream_key character varying(64) NOT NULL,
    started_at_utc timestamp with time zone,
    ended_at_utc timestamp with time zone,
    slow_mode_seconds integer NOT NULL,
    pinned_sku_id uuid,
    pinned_message_id uuid,
    likes bigint NOT NULL,
    likes_shown_at_utc timestamp with time zone,
    peak_viewers integer NOT NULL,
    product_clicks integer NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_live_rooms PRIMARY KEY (id),
    CONSTRAINT fk_live_rooms_stores_store_id FOREIGN KEY (store_id) REFERENCES stores (id) ON DELETE CASCADE
);

CREATE TABLE live_chatters (
    room_id uuid NOT NULL,
    account_id uuid NOT NULL,
    last_sent_ms bigint NOT NULL,
    window_start_ms bigint NOT NULL,
    window_count integer NOT NULL,
    CONSTRAINT pk_live_chatters PRIMARY KEY (room_id, account_id),
    CONSTRAINT fk_live_chatters_live_rooms_room_id FOREIGN KEY (room_id) REFERENCES live_rooms (id) ON DELETE CASCADE
);

CREATE TABLE live_messages (
    id uuid NOT NULL,
    room_id uuid NOT NULL,
    author_id uuid NOT NULL,
    text character varying(600) NOT NULL,
    sent_at_utc timestamp with time zone NOT NULL,
    held boolean NOT NULL,
    deleted_at_utc timestamp with time zone,
    deleted_by uuid,
    CONSTRAINT pk_live_messages PRIMARY KEY (id),
    CONSTRAINT fk_live_messages_live_rooms_room_id FOREIGN KEY (room_id) REFERENCES live_rooms (id) ON DELETE CASCADE
);

CREATE TABLE live_reminders (
    room_id uuid NOT NULL,
    account_id uuid NOT NULL,
    asked_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_live_reminders PRIMARY KEY (room_id, account_id),
    CONSTRAINT fk_live_reminders_live_rooms_room_id FOREIGN KEY (room_id) REFERENCES live_rooms (id) ON DELETE CASCADE
);

CREATE TABLE live_room_products (
    room_id uuid NOT NULL,
    sku_id uuid NOT NULL,
    position integer NOT NULL,
    CONSTRAINT pk_live_room_products PRIMARY KEY (room_id, sku_id),
    CONSTRAINT fk_live_room_products_live_rooms_room_id FOREIGN KEY (room_id) REFERENCES live_rooms (id) ON DELETE CASCADE
);

CREATE TABLE live_sanctions (
    room_id uuid NOT NULL,
    account_id uuid NOT NULL,
    kind character varying(10) NOT NULL,
    by_account_id uuid NOT NULL,
    at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_live_sanctions PRIMARY KEY (room_id, account_id),
    CONSTRAINT fk_live_sanctions_live_rooms_room_id FOREIGN KEY (room_id) REFERENCES live_rooms (id) ON DELETE CASCADE
);

CREATE TABLE live_timeline (
    id uuid NOT NULL,
    room_id uuid NOT NULL,
    kind character varying(30) NOT NULL,
    ref_id uuid,
    at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_live_timeline PRIMARY KEY (id),
    CONSTRAINT fk_live_timeline_live_rooms_room_id FOREIGN KEY (room_id) REFERENCES live_rooms (id) ON DELETE CASCADE
);

CREATE INDEX ix_live_messages_author_id ON live_messages (author_id);

CREATE INDEX ix_live_messages_room_id_sent_at_utc ON live_messages (room_id, sent_at_utc);

CREATE INDEX ix_live_reminders_account_id ON live_reminders (account_id);

CREATE INDEX ix_live_rooms_host_account_id ON live_rooms (host_account_id);

CREATE INDEX ix_live_rooms_state_scheduled_start_utc ON live_rooms (state, scheduled_start_utc);

CREATE INDEX ix_live_rooms_store_id_scheduled_start_utc ON live_rooms (store_id, scheduled_start_utc);

CREATE UNIQUE INDEX ix_live_rooms_stream_key ON live_rooms (stream_key);

CREATE INDEX ix_live_sanctions_account_id ON live_sanctions (account_id);

CREATE INDEX ix_live_timeline_room_id_at_utc ON live_timeline (room_id, at_utc);
