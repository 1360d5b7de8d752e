package io.vitrine.tenant.stock;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.stores.Coordinates;
import io.vitrine.tenant.stores.Store;
import io.vitrine.tenant.stores.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The counts the POS reports, applied newest-wins, and where a SKU is across the stores. A POS
 * location no store has yet becomes a store, as it does for sales, so that no count is lost.
 */
@ApplicationScoped
public class StockService {

  private final Database database;
  private final StockRepository stock;
  private final StoreService stores;
  private final StockPolicy policy;
  private final StockMetrics metrics;
  private final Clock clock = Clock.systemUTC();

  public StockService(
      Database database,
      StockRepository stock,
      StoreService stores,
      StockPolicy policy,
      StockMetrics metrics) {
    this.database = database;
    this.stock = stock;
    this.stores = stores;
    this.policy = policy;
    this.metrics = metrics;
  }

  /**
   * Applies counts from the POS: each replaces the stored count of its store and SKU only when it
   * is newer. Repeats and late counts change nothing.
   *
   * @return how many were applied
   */
  public Uni<Integer> applyFromPos(List<StockCount> counts) {
    if (counts.isEmpty()) {
      return Uni.createFrom().item(0);
    }
    List<StockCount> newest = NewestCounts.of(counts);
    metrics.arrived(newest, clock.instant());
    return stores
        .idsByLocationAddingUnknown(locations(newest))
        .flatMap(ids -> stock.upsert(database.client(), newest, ids))
        .invoke(
            applied -> metrics.counted(newest.get(0).source(), applied, counts.size() - applied));
  }

  /** Every store's count of the SKU, nearest to {@code near} (a store id, or null) first. */
  public Uni<StockAvailability> availability(String sku, Long near) {
    Uni<Store> from = near == null ? Uni.createFrom().nullItem() : stores.get(near);
    return from.flatMap(
        store ->
            stock
                .bySku(database.client(), sku)
                .map(rows -> new StockAvailability(sku, near, listed(rows, store))));
  }

  private List<StoreStock> listed(List<StockAtStore> rows, Store near) {
    Instant now = clock.instant();
    Coordinates origin = near == null ? null : near.coordinates();
    List<StoreStock> stores =
        rows.stream()
            .map(
                row ->
                    new StoreStock(
                        row.storeId(),
                        row.posLocationId(),
                        row.name(),
                        row.quantity(),
                        StockStatus.of(row.quantity(), row.countedAt(), now, policy.staleAfter()),
                        row.source(),
                        row.countedAt(),
                        Distances.km(origin, row.coordinates())))
            .toList();
    return NearestFirst.sort(stores, near == null ? null : near.id());
  }

  static Set<String> locations(List<StockCount> counts) {
    return counts.stream().map(StockCount::locationId).collect(Collectors.toSet());
  }
}
