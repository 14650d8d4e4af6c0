-- Reviews of verified purchases: one review per order line, its photos and helpful votes.
-- helpful_count moves only by conditional UPDATEs; order_line_id is unique (one review per line).

CREATE TABLE reviews (
    id uuid NOT NULL,
    order_id uuid NOT NULL,
    order_line_id uuid NOT NULL,
    product_id uuid NOT NULL,
    store_id uuid NOT NULL,
    author_account_id uuid NOT NULL,
    stars integer NOT NULL,
    text character varying(2000) NOT NULL,
    status character varying(10) NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    edited_at_utc timestamp with time zone,
    reply_text character varying(1000),
    reply_by_account_id uuid,
    reply_at_utc timestamp with time zone,
    reply_status character varying(10),
    helpful_count integer NOT NULL,
    CONSTRAINT pk_reviews PRIMARY KEY (id)
);

CREATE TABLE review_photos (
    id uuid NOT NULL,
    review_id uuid NOT NULL,
    file_name character varying(80) NOT NULL,
    content_type character varying(40) NOT NULL,
    position integer NOT NULL,
    CONSTRAINT pk_review_photos PRIMARY KEY (id),
    CONSTRAINT fk_review_photos_reviews_review_id FOREIGN KEY (review_id) REFERENCES reviews (id) ON DELETE CASCADE
);

CREATE TABLE review_helpful_votes (
    review_id uuid NOT NULL,
    account_id uuid NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_review_helpful_votes PRIMARY KEY (review_id, account_id),
    CONSTRAINT fk_review_helpful_votes_reviews_review_id FOREIGN KEY (review_id) REFERENCES reviews (id) ON DELETE CASCADE
);

CREATE INDEX ix_review_photos_review_id ON review_photos (review_id);
CREATE INDEX ix_reviews_author_account_id ON reviews (author_account_id);
CREATE UNIQUE INDEX ix_reviews_order_line_id ON reviews (order_line_id);
CREATE INDEX ix_reviews_product_id_status ON reviews (product_id, status);
