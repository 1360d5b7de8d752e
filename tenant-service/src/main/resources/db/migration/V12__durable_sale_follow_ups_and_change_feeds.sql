-- What a stored sale sets off in other features (loyalty points, the post-purchase message, the
-- sale's attribution) is written in the sale's own transaction and worked off from here by any
-- replica: a crash after the sale's commit loses none of it. Each consumer applies a sale once
-- whatever the number of runs, so a follow-up run twice (a lease that expired) changes nothing.
CREATE TABLE sale_follow_ups (
    sale_id          bigint      NOT NULL REFERENCES sales (id) ON DELETE CASCADE,
    kind             text        NOT NULL
        CHECK (kind IN ('LOYALTY', 'POST_PURCHASE_MESSAGE', 'ATTRIBUTION')),
    pos_version      bigint      NOT NULL,  -- the sale's version that asked for it; a newer version asks again
    status           text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DONE', 'DEAD')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),  -- due from then; pushed past a lease while it runs
    last_error       text,                                -- the error's kind and SQLState or class, never data
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sale_id, kind)
);
CREATE INDEX sale_follow_ups_due_idx ON sale_follow_ups (next_attempt_at) WHERE status = 'PENDING';

-- Follow-ups an earlier version ran in memory and may have lost: recent sales without the message
-- decision (a draft or a recorded skip) that every completed follow-up run left.
INSERT INTO sale_follow_ups (sale_id, kind, pos_version)
SELECT s.id, kind, s.pos_version
  FROM sales s
 CROSS JOIN unnest(ARRAY['LOYALTY', 'POST_PURCHASE_MESSAGE', 'ATTRIBUTION']) AS kind
 WHERE s.created_at > now() - interval '1 day'
   AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.sale_id = s.id);

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
