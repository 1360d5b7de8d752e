package io.vitrine.tenant.audit;

import java.time.Instant;

/**
 * Which audit entries to read: a half-open time range [from, to), an action, a target type and id;
 * null means any. Pages count from 0.
 */
public record AuditQuery(
    Instant from,
    Instant to,
    String action,
    String targetType,
    String targetId,
    int page,
    int size) {}
