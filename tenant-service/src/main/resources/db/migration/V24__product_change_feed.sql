-- The till's in-memory catalog follows products by the transaction that last wrote each one, as
-- it follows sales (V12): updated_at is a transaction's start time, so a product written by a
-- transaction that started earlier but committed after a refresh was never read again, and a
-- reformulated label (a new allergen) could stay unseen by screening.
ALTER TABLE products ADD COLUMN changed_xid xid8;
ALTER TABLE products ALTER COLUMN changed_xid SET DEFAULT pg_current_xact_id();
UPDATE products SET changed_xid = pg_current_xact_id();
ALTER TABLE products ALTER COLUMN changed_xid SET NOT NULL;
CREATE INDEX products_changed_xid_idx ON products (changed_xid);
