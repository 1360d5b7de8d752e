package io.vitrine.tenant.stock;

import java.util.Comparator;
import java.util.List;

/**
 * The order an associate reads stores in: the store asked from first, then by distance (stores
 * without coordinates after those with), then in stock before stale before out of stock, then by
 * name.
 */
final class NearestFirst {

  private NearestFirst() {}

  static List<StoreStock> sort(List<StoreStock> stores, Long near) {
    Comparator<StoreStock> order =
        Comparator.comparing((StoreStock store) -> !Long.valueOf(store.storeId()).equals(near))
            .thenComparing(StoreStock::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoreStock::status)
            .thenComparing(StoreStock::name)
            .thenComparingLong(StoreStock::storeId);
    return stores.stream().sorted(order).toList();
  }
}
