-- Notes: an order line (and the cart line before it) remembers the note whose Buy link it came from.
ALTER TABLE cart_lines ADD COLUMN source_note_id uuid;
ALTER TABLE order_lines ADD COLUMN source_note_id uuid;
CREATE INDEX ix_order_lines_source_note_id ON order_lines (source_note_id);
