-- Communities: a community around a store, a neighbourhood or a theme, and who belongs to it.
-- member_count moves only by conditional UPDATEs; one pinned community per store (partial unique index).

CREATE TABLE "communities" (
    "id" TEXT NOT NULL CONSTRAINT "pk_communities" PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "store_id" TEXT NULL,
    "is_pinned" INTEGER NOT NULL,
    "visibility" TEXT NOT NULL,
    "rules" TEXT NOT NULL,
    "created_by_account_id" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    "member_count" INTEGER NOT NULL
);

CREATE TABLE "community_members" (
    "community_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "joined_at_utc" TEXT NOT NULL,
    CONSTRAINT "pk_community_members" PRIMARY KEY ("community_id", "account_id"),
    CONSTRAINT "fk_community_members_communities_community_id" FOREIGN KEY ("community_id") REFERENCES "communities" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_communities_member_count" ON "communities" ("member_count");
CREATE UNIQUE INDEX "ix_communities_slug" ON "communities" ("slug");
CREATE INDEX "ix_communities_store_id" ON "communities" ("store_id");
CREATE UNIQUE INDEX "ux_communities_pinned_store" ON "communities" ("store_id", "is_pinned") WHERE is_pinned;
CREATE INDEX "ix_community_members_account_id" ON "community_members" ("account_id");
