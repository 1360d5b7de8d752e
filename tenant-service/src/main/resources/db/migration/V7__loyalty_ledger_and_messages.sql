-- Loyalty: every accrual is a ledger row, at most one per sale and rule, so that a sale applied
-- twice gives its points once. The account's points are the sum of its ledger.
CREATE TABLE loyalty_ledger (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES loyalty_accounts (id) ON DELETE CASCADE,
    sale_id     bigint      NOT NULL REFERENCES sales (id) ON DELETE CASCADE,
    rule        text        NOT NULL
        CHECK (rule IN ('BASE', 'BRAND_BONUS', 'LAPSED_MILESTONE')),
    points      bigint      NOT NULL CHECK (points >= 0),
    details     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (sale_id, rule)
);
CREATE INDEX loyalty_ledger_account_idx ON loyalty_ledger (account_id, created_at DESC);

-- A member reaching a higher tier, once per sale that made it happen.
CREATE TABLE loyalty_tier_notices (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES loyalty_accounts (id) ON DELETE CASCADE,
    sale_id     bigint      NOT NULL REFERENCES sales (id) ON DELETE CASCADE,
    from_tier   text        NOT NULL,
    to_tier     text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (sale_id)
);
CREATE INDEX loyalty_tier_notices_account_idx ON loyalty_tier_notices (account_id, created_at DESC);

-- Customer messages drafted from templates. Nothing leaves without a human approval: only an
-- APPROVED message gets an outbox row. SKIPPED records why no draft was queued for a sale.
-- The address is an opaque reference from the customer's contact consent, never an address.
CREATE TABLE messages (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           text        NOT NULL CHECK (kind IN ('POST_PURCHASE_REGIMEN')),
    sale_id        bigint      NOT NULL REFERENCES sales (id) ON DELETE CASCADE,
    store_id       bigint      REFERENCES stores (id) ON DELETE SET NULL,
    customer_id    bigint      REFERENCES customers (id) ON DELETE SET NULL,
    status         text        NOT NULL
        CHECK (status IN ('DRAFT', 'APPROVED', 'SENT', 'REJECTED', 'FAILED', 'SKIPPED')),
    skip_reason    text,
    channel        text        CHECK (channel IN ('EMAIL', 'SMS')),
    address_ref    text,
    subject        text,
    body           text,
    decided_by     text,
    decided_at     timestamptz,
    decision_note  text,
    sent_at        timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (sale_id, kind),
    CHECK (status = 'SKIPPED'
        OR (channel IS NOT NULL AND address_ref IS NOT NULL AND body IS NOT NULL)),
    CHECK ((status = 'SKIPPED') = (skip_reason IS NOT NULL))
);
CREATE INDEX messages_status_idx ON messages (status, created_at);

-- The transactional outbox: written in the approval's transaction, drained by the dispatcher.
-- The idempotency key goes with every attempt so that the receiver delivers once.
CREATE TABLE message_outbox (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id       bigint      NOT NULL UNIQUE REFERENCES messages (id) ON DELETE CASCADE,
    idempotency_key  uuid        NOT NULL UNIQUE,
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_error       text,
    delivered_at     timestamptz,
    abandoned_at     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX message_outbox_due_idx ON message_outbox (next_attempt_at)
    WHERE delivered_at IS NULL AND abandoned_at IS NULL;
