-- Catalog import jobs: progress and every refused row, so that nothing is lost silently.
CREATE TABLE catalog_imports (
    id            uuid        PRIMARY KEY,
    format        text        NOT NULL CHECK (format IN ('CSV', 'JSON')),
    status        text        NOT NULL DEFAULT 'QUEUED'
        CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    rows_total    integer     NOT NULL,
    rows_read     integer     NOT NULL DEFAULT 0,
    imported      integer     NOT NULL DEFAULT 0,
    failed        integer     NOT NULL DEFAULT 0,
    requested_by  text        NOT NULL,
    failure       text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    started_at    timestamptz,
    finished_at   timestamptz
);

CREATE TABLE catalog_import_errors (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    import_id   uuid    NOT NULL REFERENCES catalog_imports (id) ON DELETE CASCADE,
    row_number  integer NOT NULL,
    field       text    NOT NULL,
    message     text    NOT NULL
);
CREATE INDEX catalog_import_errors_import_idx ON catalog_import_errors (import_id, row_number);

-- What the catalog index holds beyond V1's columns; the GIN index serves ingredient screening.
ALTER TABLE products
    ADD COLUMN description text,
    ADD COLUMN skin_types  text[] NOT NULL DEFAULT '{}',
    ADD COLUMN concerns    text[] NOT NULL DEFAULT '{}';
CREATE INDEX products_inci_idx ON products USING gin (inci);
