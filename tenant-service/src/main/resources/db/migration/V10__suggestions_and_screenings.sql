-- The checkout's suggestions, screenings and the associates' decisions on them, in their own tables.
-- Until now the audit log doubled as their store (acceptance, feedback priors and sale attribution
-- read keys out of its JSON); the audit log keeps recording every answer and decision, with the
-- suggestion or screening id as its target, and is no longer read back by the checkout.

-- One recommend answer: the suggestion id the till got, and what it was asked for.
CREATE TABLE suggestions (
    id                  uuid        PRIMARY KEY,  -- the answer's suggestion_id
    pos_location_id     text        NOT NULL,     -- the store as the request named it (stores.pos_location_id)
    cart_id             text        NOT NULL,     -- the POS cart id; a POS that reuses it as its sale id gets direct attribution
    customer_pseudonym  text,                     -- customers.pseudonym of the request; null for a walk-in
    associate           text        NOT NULL,     -- Keycloak subject id of the associate who asked
    cart_skus           text[]      NOT NULL,     -- the cart's SKUs: what the suggestions complement
    algorithm           text        NOT NULL,     -- the ranker version ('unrecorded' only if an old audit record lacked it)
    flags_revision      bigint      NOT NULL,     -- the StoreRollout flags revision in force; 0 when ungoverned
    created_at          timestamptz NOT NULL      -- when the answer was given
);
-- Attribution's direct match: an accepted suggestion whose cart id is the sale's POS id.
CREATE INDEX suggestions_cart_idx ON suggestions (pos_location_id, cart_id);

-- The suggested SKUs of an answer, best first; what accepts and rejects may name.
CREATE TABLE suggestion_items (
    suggestion_id  uuid             NOT NULL REFERENCES suggestions (id) ON DELETE CASCADE,
    rank           smallint         NOT NULL CHECK (rank >= 1),  -- 1 is the first suggestion shown
    sku            text             NOT NULL,  -- the suggested SKU
    anchor_sku     text,                       -- the cart item it was suggested for; null when only the customer's profile led to it
    score          double precision NOT NULL,  -- the ranker's score
    reason_kind    text,                       -- the kind of its strongest evidence (CO_PURCHASE, COMPLEMENT, ...); null only if an old audit record had none
    PRIMARY KEY (suggestion_id, sku),
    UNIQUE (suggestion_id, rank)
);

-- An associate's accept or reject of one suggested SKU: at most one per SKU of an answer (the
-- primary key is the "already decided" rule), and only of a SKU the answer suggested.
CREATE TABLE suggestion_decisions (
    suggestion_id  uuid        NOT NULL,
    sku            text        NOT NULL,  -- the decided SKU, one of the answer's suggestion_items
    decision       text        NOT NULL CHECK (decision IN ('ACCEPTED', 'REJECTED')),
    reason         text,                  -- the associate's free text, if any
    associate      text        NOT NULL,  -- Keycloak subject id of the associate who decided
    decided_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (suggestion_id, sku),
    FOREIGN KEY (suggestion_id, sku) REFERENCES suggestion_items (suggestion_id, sku) ON DELETE CASCADE
);
-- Attribution's window match: acceptances of the sale's SKUs shortly before it (a SKU and a
-- two-hour range select fewer rows than a busy store's range would).
CREATE INDEX suggestion_decisions_accepted_idx ON suggestion_decisions (sku, decided_at)
    WHERE decision = 'ACCEPTED';
-- The feedback priors are one aggregate over every decision at start (per anchor and suggested
-- SKU, joined on the primary keys), kept in memory afterwards: no further index serves them.

-- One screening answer: the screening id the till got, and the cart it screened.
CREATE TABLE screenings (
    id                  uuid        PRIMARY KEY,  -- the answer's screening_id
    pos_location_id     text        NOT NULL,     -- the store as the request named it (stores.pos_location_id)
    cart_id             text        NOT NULL,     -- the POS cart id
    customer_pseudonym  text,                     -- customers.pseudonym of the request; null for a walk-in
    associate           text        NOT NULL,     -- Keycloak subject id of the associate who asked
    cart_skus           text[]      NOT NULL,     -- the screened cart's SKUs
    algorithm           text        NOT NULL,     -- the checkout version ('unrecorded' only if an old audit record lacked it)
    flags_revision      bigint      NOT NULL,     -- the StoreRollout flags revision in force; 0 when ungoverned
    created_at          timestamptz NOT NULL      -- when the answer was given
);

-- The screening's alerts: one per cart SKU that conflicts with the customer's avoid-list.
CREATE TABLE screening_alerts (
    screening_id  uuid  NOT NULL REFERENCES screenings (id) ON DELETE CASCADE,
    sku           text  NOT NULL,  -- the conflicting cart SKU
    ingredients   jsonb NOT NULL,  -- what conflicts: [{"ingredient": INCI name, "avoided": the profile entry it matches}]
    PRIMARY KEY (screening_id, sku)
);

-- An associate's override of an alert (the line is sold anyway): at most one per alert.
CREATE TABLE screening_overrides (
    screening_id  uuid        NOT NULL,
    sku           text        NOT NULL,  -- the overridden alert's SKU
    reason        text,                  -- the associate's free text, if any
    associate     text        NOT NULL,  -- Keycloak subject id of the associate who overrode
    decided_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (screening_id, sku),
    FOREIGN KEY (screening_id, sku) REFERENCES screening_alerts (screening_id, sku) ON DELETE CASCADE
);

-- Backfill from the audit log, where the checkout recorded all of this until now (details as
-- snake_case JSON). Only records the checkout itself wrote are taken: target ids are UUIDs, and
-- a decision counts only for a SKU its answer held; the first record wins where a race recorded
-- one twice. A record of another shape is skipped rather than failing the tenant's upgrade.
INSERT INTO suggestions (id, pos_location_id, cart_id, customer_pseudonym, associate, cart_skus,
                         algorithm, flags_revision, created_at)
SELECT DISTINCT ON (a.target_id)
       a.target_id::uuid,
       a.details ->> 'store_id',
       a.details ->> 'cart_id',
       a.details ->> 'customer',
       coalesce(a.details ->> 'associate', a.actor),
       ARRAY(SELECT jsonb_array_elements_text(CASE jsonb_typeof(a.details -> 'cart_skus')
                                              WHEN 'array' THEN a.details -> 'cart_skus' ELSE '[]' END)),
       coalesce(a.details ->> 'algorithm', 'unrecorded'),
       coalesce((a.details ->> 'flags_revision')::bigint, 0),
       a.occurred_at
  FROM audit_log a
 WHERE a.target_type = 'checkout-suggestion' AND a.action = 'checkout.suggestion.shown'
   AND a.target_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
   AND a.details ->> 'store_id' IS NOT NULL AND a.details ->> 'cart_id' IS NOT NULL
 ORDER BY a.target_id, a.id;

INSERT INTO suggestion_items (suggestion_id, rank, sku, anchor_sku, score, reason_kind)
SELECT s.id,
       item.rank,
       item.value ->> 'sku',
       item.value ->> 'anchor_sku',
       coalesce((item.value ->> 'score')::double precision, 0),
       item.value #>> '{evidence,0,kind}'
  FROM suggestions s
  JOIN LATERAL (SELECT a.details FROM audit_log a
                 WHERE a.target_type = 'checkout-suggestion' AND a.target_id = s.id::text
                   AND a.action = 'checkout.suggestion.shown'
                   AND jsonb_typeof(a.details -> 'suggestions') = 'array'
                 ORDER BY a.id LIMIT 1) shown ON true
 CROSS JOIN LATERAL jsonb_array_elements(shown.details -> 'suggestions')
       WITH ORDINALITY AS item(value, rank)
 WHERE item.value ->> 'sku' IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO suggestion_decisions (suggestion_id, sku, decision, reason, associate, decided_at)
SELECT DISTINCT ON (i.suggestion_id, i.sku)
       i.suggestion_id,
       i.sku,
       CASE a.action WHEN 'checkout.suggestion.accepted' THEN 'ACCEPTED' ELSE 'REJECTED' END,
       a.details ->> 'reason',
       coalesce(a.details ->> 'associate', a.actor),
       a.occurred_at
  FROM audit_log a
  JOIN suggestion_items i ON i.suggestion_id::text = a.target_id AND i.sku = a.details ->> 'sku'
 WHERE a.target_type = 'checkout-suggestion'
   AND a.action IN ('checkout.suggestion.accepted', 'checkout.suggestion.rejected')
 ORDER BY i.suggestion_id, i.sku, a.id;

INSERT INTO screenings (id, pos_location_id, cart_id, customer_pseudonym, associate, cart_skus,
                        algorithm, flags_revision, created_at)
SELECT DISTINCT ON (a.target_id)
       a.target_id::uuid,
       a.details ->> 'store_id',
       a.details ->> 'cart_id',
       a.details ->> 'customer',
       coalesce(a.details ->> 'associate', a.actor),
       ARRAY(SELECT jsonb_array_elements_text(CASE jsonb_typeof(a.details -> 'cart_skus')
                                              WHEN 'array' THEN a.details -> 'cart_skus' ELSE '[]' END)),
       coalesce(a.details ->> 'algorithm', 'unrecorded'),
       coalesce((a.details ->> 'flags_revision')::bigint, 0),
       a.occurred_at
  FROM audit_log a
 WHERE a.target_type = 'checkout-screening' AND a.action = 'checkout.screening.screened'
   AND a.target_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
   AND a.details ->> 'store_id' IS NOT NULL AND a.details ->> 'cart_id' IS NOT NULL
 ORDER BY a.target_id, a.id;

INSERT INTO screening_alerts (screening_id, sku, ingredients)
SELECT s.id, alert ->> 'sku', coalesce(alert -> 'ingredients', '[]')
  FROM screenings s
  JOIN LATERAL (SELECT a.details FROM audit_log a
                 WHERE a.target_type = 'checkout-screening' AND a.target_id = s.id::text
                   AND a.action = 'checkout.screening.screened'
                   AND jsonb_typeof(a.details -> 'alerts') = 'array'
                 ORDER BY a.id LIMIT 1) screened ON true
 CROSS JOIN LATERAL jsonb_array_elements(screened.details -> 'alerts') AS alert
 WHERE alert ->> 'sku' IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO screening_overrides (screening_id, sku, reason, associate, decided_at)
SELECT DISTINCT ON (al.screening_id, al.sku)
       al.screening_id,
       al.sku,
       a.details ->> 'reason',
       coalesce(a.details ->> 'associate', a.actor),
       a.occurred_at
  FROM audit_log a
  JOIN screening_alerts al ON al.screening_id::text = a.target_id AND al.sku = a.details ->> 'sku'
 WHERE a.target_type = 'checkout-screening' AND a.action = 'checkout.screening.overridden'
 ORDER BY al.screening_id, al.sku, a.id;

-- V8's index served attribution's reads of accepted suggestions out of the audit log; nothing
-- reads them there any more.
DROP INDEX audit_log_accepted_cart_idx;
