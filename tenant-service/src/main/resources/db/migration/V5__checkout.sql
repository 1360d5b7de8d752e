-- Checkout feedback and overrides look up the suggestion or screening they refer to by its id.
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);
