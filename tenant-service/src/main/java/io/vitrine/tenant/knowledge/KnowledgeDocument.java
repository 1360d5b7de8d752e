package io.vitrine.tenant.knowledge;

import java.time.Instant;
import java.util.UUID;

/**
 * A knowledge document as retailer admins see it.
 *
 * @param version one more at each replacement
 * @param searchable whether the catalog index holds this version's passages; false after an index
 *     failure, until the document is replaced again or the catalog rebuilt
 * @param passages how many passages it was split into
 */
public record KnowledgeDocument(
    UUID id,
    String title,
    DocumentKind kind,
    String mediaType,
    String sourceUrl,
    int version,
    boolean searchable,
    int passages,
    Instant createdAt,
    Instant updatedAt) {}
