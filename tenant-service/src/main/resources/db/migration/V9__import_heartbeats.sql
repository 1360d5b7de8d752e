-- Which instance runs each catalog import and when it last reported. A scheduled sweep on every
-- replica fails the QUEUED or RUNNING jobs whose heartbeat is stale: their instance stopped.
ALTER TABLE catalog_imports
    ADD COLUMN instance_id  text,
    ADD COLUMN heartbeat_at timestamptz;

-- Jobs left unfinished before this migration have no heartbeat: their last sign of life counts.
UPDATE catalog_imports SET heartbeat_at = coalesce(started_at, created_at)
    WHERE status IN ('QUEUED', 'RUNNING');

CREATE INDEX catalog_imports_unfinished_idx ON catalog_imports (heartbeat_at)
    WHERE status IN ('QUEUED', 'RUNNING');
