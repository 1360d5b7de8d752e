package io.vitrine.tenant.stores;

import java.time.Instant;
import java.util.Map;

/** A store as the admin API shows it; latitude and longitude are null when it has none. */
public record StoreResponse(
    long id,
    String posLocationId,
    String name,
    Map<String, String> labels,
    Double latitude,
    Double longitude,
    Instant createdAt,
    Instant updatedAt) {

  public static StoreResponse of(Store store) {
    Coordinates at = store.coordinates();
    return new StoreResponse(
        store.id(),
        store.posLocationId(),
        store.name(),
        Map.copyOf(store.labels()),
        at == null ? null : at.latitude(),
        at == null ? null : at.longitude(),
        store.createdAt(),
        store.updatedAt());
  }
}
