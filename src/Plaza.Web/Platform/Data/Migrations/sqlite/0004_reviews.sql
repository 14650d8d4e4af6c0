-- Reviews of verified purchases: one review per order line, its photos and helpful votes.
-- helpful_count moves only by conditional UPDATEs; order_line_id is unique (one review per line).

CREATE TABLE "reviews" (
    "id" TEXT NOT NULL CONSTRAINT "pk_reviews" PRIMARY KEY,
    "order_id" TEXT NOT NULL,
    "order_line_id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "store_id" TEXT NOT NULL,
    "author_account_id" TEXT NOT NULL,
    "stars" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    "edited_at_utc" TEXT NULL,
    "reply_text" TEXT NULL,
    "reply_by_account_id" TEXT NULL,
    "reply_at_utc" TEXT NULL,
    "reply_status" TEXT NULL,
    "helpful_count" INTEGER NOT NULL
);

CREATE TABLE "review_photos" (
    "id" TEXT NOT NULL CONSTRAINT "pk_review_photos" PRIMARY KEY,
    "review_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "fk_review_photos_reviews_review_id" FOREIGN KEY ("review_id") REFERENCES "reviews" ("id") ON DELETE CASCADE
);

CREATE TABLE "review_helpful_votes" (
    "review_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    CONSTRAINT "pk_review_helpful_votes" PRIMARY KEY ("review_id", "account_id"),
    CONSTRAINT "fk_review_helpful_votes_reviews_review_id" FOREIGN KEY ("review_id") REFERENCES "reviews" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_review_photos_review_id" ON "review_photos" ("review_id");
CREATE INDEX "ix_reviews_author_account_id" ON "reviews" ("author_account_id");
CREATE UNIQUE INDEX "ix_reviews_order_line_id" ON "reviews" ("order_line_id");
CREATE INDEX "ix_reviews_product_id_status" ON "reviews" ("product_id", "status");
