package io.vitrine.tenant.stock;

import java.util.List;

/**
 * Where a SKU is: every store with a count of it (stores without one are not listed: their stock is
 * unknown), the store asked about first, then the nearest, then those without coordinates; within
 * equal distance, in stock before stale before out of stock.
 *
 * @param near the store the associate asked from, or null
 */
public record StockAvailability(String sku, Long near, List<StoreStock> stores) {

  public StockAvailability {
    stores = List.copyOf(stores);
  }
}
