-- Moderation: reports, the moderators' audit log, why a review was removed, account suspensions.

CREATE TABLE "moderation_actions" (
    "id" TEXT NOT NULL CONSTRAINT "pk_moderation_actions" PRIMARY KEY,
    "moderator_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "reason" TEXT NULL,
    "at_utc" TEXT NOT NULL
);

CREATE TABLE "reports" (
    "id" TEXT NOT NULL CONSTRAINT "pk_reports" PRIMARY KEY,
    "content_kind" TEXT NOT NULL,
    "content_id" TEXT NOT NULL,
    "reporter_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT NULL,
    "status" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    "closed_at_utc" TEXT NULL
);

CREATE INDEX "ix_moderation_actions_at_utc" ON "moderation_actions" ("at_utc");
CREATE INDEX "ix_moderation_actions_target_kind_target_id" ON "moderation_actions" ("target_kind", "target_id");
CREATE UNIQUE INDEX "ix_reports_content_kind_content_id_reporter_id" ON "reports" ("content_kind", "content_id", "reporter_id");
CREATE INDEX "ix_reports_reporter_id" ON "reports" ("reporter_id");
CREATE INDEX "ix_reports_status_created_at_utc" ON "reports" ("status", "created_at_utc");

ALTER TABLE "reviews" ADD COLUMN "removal_reason" TEXT NULL;
ALTER TABLE "accounts" ADD COLUMN "suspended_until_utc" TEXT NULL;
