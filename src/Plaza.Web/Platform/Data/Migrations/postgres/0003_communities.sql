-- Communities: a community around a store, a neighbourhood or a theme, and who belongs to it.
-- member_count moves only by conditional UPDATEs; one pinned community per store (partial unique index).

CREATE TABLE communities (
    id uuid NOT NULL,
    slug character varying(70) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(1000) NOT NULL,
    kind character varying(20) NOT NULL,
    store_id uuid,
    is_pinned boolean NOT NULL,
    visibility character varying(10) NOT NULL,
    rules character varying(2000) NOT NULL,
    created_by_account_id uuid NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    member_count integer NOT NULL,
    CONSTRAINT pk_communities PRIMARY KEY (id)
);

CREATE TABLE community_members (
    community_id uuid NOT NULL,
    account_id uuid NOT NULL,
    role character varying(10) NOT NULL,
    status character varying(10) NOT NULL,
    joined_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_community_members PRIMARY KEY (community_id, account_id),
    CONSTRAINT fk_community_members_communities_community_id FOREIGN KEY (community_id) REFERENCES communities (id) ON DELETE CASCADE
);

CREATE INDEX ix_communities_member_count ON communities (member_count);
CREATE UNIQUE INDEX ix_communities_slug ON communities (slug);
CREATE INDEX ix_communities_store_id ON communities (store_id);
CREATE UNIQUE INDEX ux_communities_pinned_store ON communities (store_id, is_pinned) WHERE is_pinned;
CREATE INDEX ix_community_members_account_id ON community_members (account_id);
