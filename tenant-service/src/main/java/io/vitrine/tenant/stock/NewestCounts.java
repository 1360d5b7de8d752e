package io.vitrine.tenant.stock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The newest count per store and SKU among a batch, by the same rule the table applies ({@link
 * StockCount#replaces}); of two equal ones the later in the batch. One upsert statement may touch
 * each row only once, and a vendor's page may repeat an item.
 */
final class NewestCounts {

  private record Key(String locationId, String sku) {}

  private NewestCounts() {}

  static List<StockCount> of(List<StockCount> counts) {
    var newest = new LinkedHashMap<Key, StockCount>();
    for (StockCount count : counts) {
      newest.merge(
          new Key(count.locationId(), count.sku()),
          count,
          (kept, next) -> kept.replaces(next) ? kept : next);
    }
    return new ArrayList<>(newest.values());
  }
}
