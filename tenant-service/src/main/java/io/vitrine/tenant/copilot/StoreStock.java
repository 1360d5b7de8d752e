package io.vitrine.tenant.copilot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One store's count of a SKU, as the copilot states it.
 *
 * @param storeId the store's POS location id
 * @param status {@code IN_STOCK}, {@code STALE} (an old count: to be checked) or {@code
 *     OUT_OF_STOCK}
 * @param distanceKm from the asking store, when both have coordinates
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoreStock(
    String sku, String storeId, String storeName, int quantity, String status, Double distanceKm) {

  static final String IN_STOCK = "IN_STOCK";
  static final String STALE = "STALE";
}
