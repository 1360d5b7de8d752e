-- What associates and POS systems did with each AI feature, per store: the source of the KPIs
-- that StoreRollout gates read. One row per event; aggregated per phase in one query.
CREATE TABLE feature_events (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    store_id     text        NOT NULL,
    feature      text        NOT NULL,
    kind         text        NOT NULL
        CHECK (kind IN ('SHOWN', 'ACCEPTED', 'REJECTED', 'OVERRIDDEN', 'ALERT', 'ERROR')),
    latency_ms   integer     CHECK (latency_ms >= 0),
    suggestion_id text
);
CREATE INDEX feature_events_feature_time_idx ON feature_events (feature, occurred_at, store_id);
