-- A leader may step down: their pickup point is retired and their page stops taking orders.
ALTER TABLE leaders ADD COLUMN retired_at_utc timestamp with time zone;
