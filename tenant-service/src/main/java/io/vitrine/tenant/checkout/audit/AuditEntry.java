package io.vitrine.tenant.checkout.audit;

import java.time.OffsetDateTime;

/**
 * One row of {@code audit_log}.
 *
 * @param details JSON text
 */
public record AuditEntry(
    OffsetDateTime occurredAt,
    String actor,
    String action,
    String targetType,
    String targetId,
    String details) {}
