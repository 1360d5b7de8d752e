-- Which completed sales an AI feature assisted: at most one row per sale and feature, written
-- when the sale arrives (see io.vitrine.tenant.attribution.AttributionRule for the rule), so that
-- a redelivered or updated sale changes nothing. The KPIs compare the order value of these sales
-- with the other sales of the same stores and time range.
CREATE TABLE sale_attributions (
    sale_id        bigint      NOT NULL REFERENCES sales (id) ON DELETE CASCADE,
    feature        text        NOT NULL,
    suggestion_id  text        NOT NULL,
    store_id       bigint      REFERENCES stores (id) ON DELETE SET NULL,
    match          text        NOT NULL CHECK (match IN ('CART', 'WINDOW')),
    accepted_at    timestamptz NOT NULL,
    attributed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sale_id, feature)
);
CREATE INDEX sale_attributions_feature_idx ON sale_attributions (feature, sale_id);

-- Attribution looks up accepted suggestions by the cart they were made for (a cart id the POS
-- reuses as its sale id is a direct match).
CREATE INDEX audit_log_accepted_cart_idx ON audit_log ((details ->> 'cart_id'))
    WHERE action = 'checkout.suggestion.accepted';
