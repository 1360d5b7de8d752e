package io.vitrine.tenant.stores;

import java.time.Instant;
import java.util.Map;

/** A store as the admin API shows it. */
public record StoreResponse(
    long id,
    String posLocationId,
    String name,
    Map<String, String> labels,
    Instant createdAt,
    Instant updatedAt) {

  public static StoreResponse of(Store store) {
    return new StoreResponse(
        store.id(),
        store.posLocationId(),
        store.name(),
        Map.copyOf(store.labels()),
        store.createdAt(),
        store.updatedAt());
  }
}
