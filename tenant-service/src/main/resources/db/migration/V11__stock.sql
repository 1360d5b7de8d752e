-- Stock from the POS (webhooks and the reconciliation poll) and from imports. The vendor's count is
-- the truth: a count replaces the stored one only when it is newer, by the feed's own order
-- (version) within one source, and by counted_at between sources (a POS and an import).

-- source: the POS provider ('shopify', 'square', ...), 'import', or 'unspecified' for rows written
-- before this migration (test fixtures, benchmarks).
-- version: the feed's order of the count (a timestamp in milliseconds or the vendor's version).
-- counted_at: when the vendor last changed or confirmed the count, or when it was read from a
-- vendor that gives no time; an import row's own time, else the import's. Staleness is measured
-- from it (stock/package-info).
ALTER TABLE inventory
    ADD COLUMN source     text        NOT NULL DEFAULT 'unspecified',
    ADD COLUMN version    bigint      NOT NULL DEFAULT 0,
    ADD COLUMN counted_at timestamptz NOT NULL DEFAULT now();
UPDATE inventory SET counted_at = updated_at;

-- Where a SKU is, across the stores.
CREATE INDEX inventory_sku_idx ON inventory (sku);

-- Optional coordinates, so that an associate sees the nearest stores first. Both or neither.
ALTER TABLE stores
    ADD COLUMN latitude  double precision CHECK (latitude BETWEEN -90 AND 90),
    ADD COLUMN longitude double precision CHECK (longitude BETWEEN -180 AND 180),
    ADD CONSTRAINT stores_coordinates_paired CHECK ((latitude IS NULL) = (longitude IS NULL));
