-- Full-text search over product names and descriptions: a generated tsvector with a GIN index.
-- 'simple' configuration: no language-specific stemming, since names come in English, Spanish and Chinese.
ALTER TABLE products ADD COLUMN search_vector tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(description, ''))) STORED;
CREATE INDEX ix_products_search_vector ON products USING GIN (search_vector);
