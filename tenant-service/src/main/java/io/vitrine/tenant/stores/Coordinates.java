package io.vitrine.tenant.stores;

/** Where a store is, in WGS 84 degrees; a store without coordinates has none (null). */
public record Coordinates(double latitude, double longitude) {

  public Coordinates {
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException("coordinates out of range");
    }
  }

  /** Both or neither: a store's coordinates, or null when the request gives none. */
  public static Coordinates ofNullable(Double latitude, Double longitude) {
    return latitude == null || longitude == null ? null : new Coordinates(latitude, longitude);
  }
}
