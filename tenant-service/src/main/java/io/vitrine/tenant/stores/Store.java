package io.vitrine.tenant.stores;

import java.time.Instant;
import java.util.Map;

/**
 * A retailer's store, known to the POS by its location id and grouped by free-form labels.
 *
 * @param coordinates where it is, or null when nobody said
 */
public record Store(
    long id,
    String posLocationId,
    String name,
    Map<String, String> labels,
    Coordinates coordinates,
    Instant createdAt,
    Instant updatedAt) {}
