-- Trust levels stored on the account (0 new … 3 regular, optionally locked by a moderator); whose account or
-- content a moderator action was about (for trust levels and the person's moderation history); posting limits
-- count a reporter's recent reports.

ALTER TABLE "accounts" ADD COLUMN "trust_level" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "accounts" ADD COLUMN "locked_trust_level" INTEGER NULL;
ALTER TABLE "moderation_actions" ADD COLUMN "subject_account_id" TEXT NULL;

CREATE INDEX "ix_moderation_actions_subject_account_id_at_utc" ON "moderation_actions" ("subject_account_id", "at_utc");
DROP INDEX "ix_reports_reporter_id";
CREATE INDEX "ix_reports_reporter_id_created_at_utc" ON "reports" ("reporter_id", "created_at_utc");
