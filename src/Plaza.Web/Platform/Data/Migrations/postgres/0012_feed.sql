-- Feed: Discover reads a window of recent published notes; Following finds notes tagging a followed store's products.

CREATE INDEX ix_note_products_store_id_note_id ON note_products (store_id, note_id);

CREATE INDEX ix_notes_status_created_at_utc ON notes (status, created_at_utc);
