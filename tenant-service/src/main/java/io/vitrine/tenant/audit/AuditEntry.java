package io.vitrine.tenant.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One row of the append-only audit log as the auditors' API reads it: who did what to which target.
 * The table refuses updates and deletes with a trigger.
 */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actor,
    String action,
    String targetType,
    String targetId,
    Map<String, Object> details) {}
