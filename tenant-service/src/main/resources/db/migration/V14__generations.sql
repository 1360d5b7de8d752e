-- Every text a generative feature used, written by the tenant's model or by the feature's
-- deterministic fallback: where it came from, never what it said. Hashes only: the prompt's exact
-- messages (SHA-256, as io.vitrine.tenant.ai.Prompt#sha256 computes it; null when the prompt was
-- not sent) and the output. Append-only, as audit_log.
CREATE TABLE generations (
    id                       uuid        PRIMARY KEY,
    created_at               timestamptz NOT NULL DEFAULT now(),
    feature                  text        NOT NULL,
    source_type              text        NOT NULL,
    source_id                text        NOT NULL,
    generated_by             text        NOT NULL CHECK (generated_by IN ('model', 'fallback')),
    fallback_reason          text,
    refused                  text,
    model                    text,
    model_version            text,
    prompt_template          text        NOT NULL,
    prompt_template_version  text        NOT NULL,
    prompt_sha256            text        CHECK (prompt_sha256 ~ '^[0-9a-f]{64}$'),
    output_sha256            text        NOT NULL CHECK (output_sha256 ~ '^[0-9a-f]{64}$'),
    citations                jsonb       NOT NULL DEFAULT '[]'::jsonb,
    latency_ms               bigint      NOT NULL,
    CHECK ((generated_by = 'fallback') = (fallback_reason IS NOT NULL))
);
CREATE INDEX generations_source_idx ON generations (source_type, source_id, created_at);

CREATE FUNCTION generations_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'generations is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER generations_no_update_or_delete
    BEFORE UPDATE OR DELETE ON generations
    FOR EACH ROW EXECUTE FUNCTION generations_is_append_only();

CREATE TRIGGER generations_no_truncate
    BEFORE TRUNCATE ON generations
    FOR EACH STATEMENT EXECUTE FUNCTION generations_is_append_only();

-- Whether a drafted message's text is the model's or the template's, and which generation it is.
-- Rows drafted before this migration were all the template's.
ALTER TABLE messages
    ADD COLUMN generated_by   text CHECK (generated_by IN ('model', 'fallback')),
    ADD COLUMN generation_id  uuid REFERENCES generations (id);
