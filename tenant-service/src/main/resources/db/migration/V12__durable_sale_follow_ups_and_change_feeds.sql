-- The transaction that created each sale and each decision. Replicas keep in-memory copies
-- (co-purchase counts, feedback priors) and follow these tables for what is new. Ids are drawn
-- before commit, so a smaller one may become visible after a larger one; transaction ids say which
-- rows may still come: those of transactions still running (pg_snapshot_xmin). Rows from before
-- this version have none: the full loads at start read them.
ALTER TABLE sales ADD COLUMN created_xid xid8;
ALTER TABLE sales ALTER COLUMN created_xid SET DEFAULT pg_current_xact_id();
CREATE INDEX sales_created_xid_idx ON sales (created_xid);

ALTER TABLE suggestion_decisions ADD COLUMN decided_xid xid8;
ALTER TABLE suggestion_decisions ALTER COLUMN decided_xid SET DEFAULT pg_current_xact_id();
CREATE INDEX suggestion_decisions_xid_idx ON suggestion_decisions (decided_xid);
