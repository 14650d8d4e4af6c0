-- Full-text search over product names and descriptions (FTS5). The product id is stored beside
-- the text rather than relying on SQLite's implicit rowid, which VACUUM may renumber.
CREATE VIRTUAL TABLE product_search USING fts5(product_id UNINDEXED, name, description, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN
  INSERT INTO product_search (product_id, name, description) VALUES (new.id, new.name, new.description);
END;

CREATE TRIGGER products_search_update AFTER UPDATE OF name, description ON products BEGIN
  DELETE FROM product_search WHERE product_id = old.id;
  INSERT INTO product_search (product_id, name, description) VALUES (new.id, new.name, new.description);
END;

CREATE TRIGGER products_search_delete AFTER DELETE ON products BEGIN
  DELETE FROM product_search WHERE product_id = old.id;
END;

-- Products that existed before this migration become searchable too.
INSERT INTO product_search (product_id, name, description) SELECT id, name, description FROM products;
