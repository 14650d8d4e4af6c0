-- Customer service saved replies (issue 12): a store's replies with variables ({customer_name}, {order_number}, {pickup_code},
-- {store_name}) filled from the conversation they are used in.
CREATE TABLE support_canned_replies (
    id uuid NOT NULL,
    store_id uuid NOT NULL,
    title character varying(80) NOT NULL,
    body character varying(2000) NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    created_by uuid NOT NULL,
    CONSTRAINT pk_support_canned_replies PRIMARY KEY (id),
    CONSTRAINT fk_support_canned_replies_stores_store_id FOREIGN KEY (store_id) REFERENCES stores (id) ON DELETE CASCADE
);

CREATE INDEX ix_support_canned_replies_store_id ON support_canned_replies (store_id);
