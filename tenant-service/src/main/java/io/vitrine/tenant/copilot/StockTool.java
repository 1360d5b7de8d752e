package io.vitrine.tenant.copilot;

import io.vitrine.tenant.stock.StockAvailability;
import io.vitrine.tenant.stock.StockService;
import io.vitrine.tenant.stores.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * The copilot's stock tool: where a SKU is across the stores, as the stock feature answers {@code
 * GET /v1/stock/{sku}} (the asking store first, then the nearest; stale and out-of-stock counts
 * said so).
 */
@ApplicationScoped
public class StockTool {

  private final StockService stock;
  private final StoreService stores;

  public StockTool(StockService stock, StoreService stores) {
    this.stock = stock;
    this.stores = stores;
  }

  /** Every store with a count of the SKU; {@code askingStore} is a POS location id, or null. */
  List<StoreStock> where(String sku, String askingStore) {
    Long near = storeId(askingStore);
    StockAvailability availability = stock.availability(sku, near).await().indefinitely();
    return availability.stores().stream()
        .map(
            store ->
                new StoreStock(
                    sku,
                    store.posLocationId(),
                    store.name(),
                    store.quantity(),
                    store.status().name(),
                    store.distanceKm()))
        .toList();
  }

  private Long storeId(String posLocationId) {
    if (posLocationId == null) {
      return null;
    }
    return stores.idsByLocation(Set.of(posLocationId)).await().indefinitely().get(posLocationId);
  }
}
