-- Moderation learns from moderators (ADR 0020): each decision names the spam model version that judged the text;
-- the texts moderators labelled (approved = good; removed after a hold or a spam report = spam); the model versions
-- retrained with them, stored so every app node judges with the same one.

ALTER TABLE "moderation_actions" ADD COLUMN "model_version" TEXT NULL;

CREATE TABLE "spam_labels" (
    "id" TEXT NOT NULL CONSTRAINT "pk_spam_labels" PRIMARY KEY,
    "content_kind" TEXT NOT NULL,
    "content_id" TEXT NOT NULL,
    "author_id" TEXT NULL,
    "text" TEXT NOT NULL,
    "spam" INTEGER NOT NULL,
    "model_version" TEXT NULL,
    "spam_probability" REAL NULL,
    "decided_at_utc" TEXT NOT NULL
);

CREATE TABLE "spam_model_versions" (
    "number" INTEGER NOT NULL CONSTRAINT "pk_spam_model_versions" PRIMARY KEY,
    "version" TEXT NOT NULL,
    "base_hash" TEXT NOT NULL,
    "labels" INTEGER NOT NULL,
    "labels_until_utc" TEXT NULL,
    "trained_at_utc" TEXT NOT NULL,
    "training_seconds" REAL NOT NULL,
    "model" BLOB NULL
);

CREATE INDEX "ix_spam_labels_author_id" ON "spam_labels" ("author_id");
CREATE INDEX "ix_spam_labels_decided_at_utc" ON "spam_labels" ("decided_at_utc");
CREATE UNIQUE INDEX "ix_spam_model_versions_version" ON "spam_model_versions" ("version");
