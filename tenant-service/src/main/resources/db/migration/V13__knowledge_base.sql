-- The retailer's knowledge base: documents uploaded by retailer admins (care guides, product
-- manuals, warranty terms, return policies), split into passages, each embedded in process. The
-- catalog index holds the passages for search; these tables are what a rebuild refills it from, and
-- what an update compares against so that only changed passages are embedded and indexed again.

CREATE TABLE knowledge_documents (
    id              uuid        PRIMARY KEY,
    title           text        NOT NULL,
    kind            text        NOT NULL,  -- care-guide, product-manual, warranty, return-policy, other
    media_type      text        NOT NULL,  -- text/markdown, text/html or application/pdf, as uploaded
    source_url      text,                  -- where the retailer published it, when given
    content_sha256  text        NOT NULL,  -- of the uploaded bytes
    version         integer     NOT NULL DEFAULT 1,  -- one more at each replacement
    indexed_version integer     NOT NULL DEFAULT 0,  -- the version whose passages the index has
    created_by      text        NOT NULL,  -- Keycloak subject id
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- A passage is identified within its document by the SHA-256 of what is indexed of it (kind, title,
-- heading, text): an unchanged passage keeps its row, its vector and its index document.
CREATE TABLE knowledge_passages (
    document_id  uuid    NOT NULL REFERENCES knowledge_documents (id) ON DELETE CASCADE,
    sha256       text    NOT NULL,
    position     integer NOT NULL,  -- 1 is the document's first passage
    heading      text,              -- the section it stands in, when the document has headings
    text         text    NOT NULL,
    embedding    real[]  NOT NULL,  -- all-minilm-l6-v2-q, 384 values
    PRIMARY KEY (document_id, sha256)
);
