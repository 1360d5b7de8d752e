-- POS ingestion: events are normalised asynchronously by a worker that leases them, and a
-- reconciliation poll remembers how far it has read each vendor's API.

-- When a pending event may be (re)tried: now at first, later after a failure (backoff) or while a
-- worker holds it (lease). A crashed worker's lease simply expires.
ALTER TABLE webhook_events ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX webhook_events_due_idx ON webhook_events (next_attempt_at) WHERE status = 'RECEIVED';

-- One row per provider: the vendor-side position (a timestamp or a version, as the vendor's API
-- pages) up to which orders or sales were enqueued by the reconciliation poll.
CREATE TABLE pos_watermarks (
    provider    text        PRIMARY KEY,
    watermark   text        NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
