package io.vitrine.tenant.stock;

import io.vitrine.tenant.stores.Coordinates;

/** Great-circle distances between stores (haversine, on a sphere of the Earth's mean radius). */
final class Distances {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  private Distances() {}

  /** Kilometres between the two points, or null when either is unknown. */
  static Double km(Coordinates from, Coordinates to) {
    if (from == null || to == null) {
      return null;
    }
    double dLat = Math.toRadians(to.latitude() - from.latitude());
    double dLon = Math.toRadians(to.longitude() - from.longitude());
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(from.latitude()))
                * Math.cos(Math.toRadians(to.latitude()))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
