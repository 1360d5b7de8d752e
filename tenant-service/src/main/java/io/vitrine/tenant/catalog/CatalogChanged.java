package io.vitrine.tenant.catalog;

/**
 * Fired synchronously on this replica when an import has written its products, before the import
 * reads COMPLETED: whoever keeps a copy of the catalog in memory reads the changes then, so that a
 * completed import is what this replica's till ranks with. Other replicas read them on their next
 * periodic refresh.
 *
 * @param importId the import that changed the catalog
 */
public record CatalogChanged(String importId) {}
