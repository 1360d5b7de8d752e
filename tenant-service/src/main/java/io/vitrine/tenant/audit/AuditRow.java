package io.vitrine.tenant.audit;

import java.time.OffsetDateTime;

/**
 * One row of {@code audit_log} as code on the Vert.x SQL client writes and reads it (see {@link
 * AuditRows}); {@link AuditEntry} is the same row for Hibernate.
 *
 * @param occurredAt when it happened; null on a row to write means the transaction's time
 * @param details JSON text
 */
public record AuditRow(
    OffsetDateTime occurredAt,
    String actor,
    String action,
    String targetType,
    String targetId,
    String details) {}
