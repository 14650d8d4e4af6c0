-- Notes: shared shopping experiences (title, Markdown body, photos, tagged products, optional community),
-- their likes, saves and comments with one level of replies. like/save/comment counts move only by
-- conditional UPDATEs; likes and saves have one row per account and note (the primary key).

CREATE TABLE notes (
    id uuid NOT NULL,
    author_account_id uuid NOT NULL,
    community_id uuid,
    title character varying(120) NOT NULL,
    body character varying(10000) NOT NULL,
    status character varying(10) NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    edited_at_utc timestamp with time zone,
    like_count integer NOT NULL,
    save_count integer NOT NULL,
    comment_count integer NOT NULL,
    CONSTRAINT pk_notes PRIMARY KEY (id)
);

CREATE TABLE note_comments (
    id uuid NOT NULL,
    note_id uuid NOT NULL,
    parent_id uuid,
    author_account_id uuid NOT NULL,
    text character varying(2000) NOT NULL,
    status character varying(10) NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_note_comments PRIMARY KEY (id),
    CONSTRAINT fk_note_comments_notes_note_id FOREIGN KEY (note_id) REFERENCES notes (id) ON DELETE CASCADE
);

CREATE TABLE note_likes (
    note_id uuid NOT NULL,
    account_id uuid NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_note_likes PRIMARY KEY (note_id, account_id),
    CONSTRAINT fk_note_likes_notes_note_id FOREIGN KEY (note_id) REFERENCES notes (id) ON DELETE CASCADE
);

CREATE TABLE note_photos (
    id uuid NOT NULL,
    note_id uuid NOT NULL,
    file_name character varying(80) NOT NULL,
    content_type character varying(40) NOT NULL,
    alt character varying(200),
    position integer NOT NULL,
    CONSTRAINT pk_note_photos PRIMARY KEY (id),
    CONSTRAINT fk_note_photos_notes_note_id FOREIGN KEY (note_id) REFERENCES notes (id) ON DELETE CASCADE
);

CREATE TABLE note_products (
    note_id uuid NOT NULL,
    product_id uuid NOT NULL,
    store_id uuid NOT NULL,
    position integer NOT NULL,
    CONSTRAINT pk_note_products PRIMARY KEY (note_id, product_id, store_id),
    CONSTRAINT fk_note_products_notes_note_id FOREIGN KEY (note_id) REFERENCES notes (id) ON DELETE CASCADE
);

CREATE TABLE note_saves (
    note_id uuid NOT NULL,
    account_id uuid NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_note_saves PRIMARY KEY (note_id, account_id),
    CONSTRAINT fk_note_saves_notes_note_id FOREIGN KEY (note_id) REFERENCES notes (id) ON DELETE CASCADE
);

CREATE INDEX ix_note_comments_author_account_id ON note_comments (author_account_id);

CREATE INDEX ix_note_comments_note_id_created_at_utc ON note_comments (note_id, created_at_utc);

CREATE INDEX ix_note_comments_parent_id ON note_comments (parent_id);

CREATE INDEX ix_note_likes_account_id ON note_likes (account_id);

CREATE INDEX ix_note_photos_note_id ON note_photos (note_id);

CREATE INDEX ix_note_products_product_id ON note_products (product_id);

CREATE INDEX ix_note_saves_account_id_created_at_utc ON note_saves (account_id, created_at_utc);

CREATE INDEX ix_notes_author_account_id_id ON notes (author_account_id, id);

CREATE INDEX ix_notes_community_id_id ON notes (community_id, id);
