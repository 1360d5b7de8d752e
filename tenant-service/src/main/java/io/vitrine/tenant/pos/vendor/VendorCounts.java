package io.vitrine.tenant.pos.vendor;

import io.vitrine.tenant.pos.PosProvider;
import io.vitrine.tenant.stock.StockCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts read from a vendor, by SKU.
 *
 * @param unmapped counts of items that have no SKU at the vendor: nothing can be offered by them,
 *     so they are left out (and counted)
 * @param position the largest version among everything read (0 when nothing was): where a poll that
 *     pages by version or time reads from next
 */
public record VendorCounts(List<StockCount> counts, int unmapped, long position) {

  public VendorCounts {
    counts = List.copyOf(counts);
  }

  public static VendorCounts none() {
    return new VendorCounts(List.of(), 0, 0);
  }

  /** The counts whose item has a SKU, with it; {@code skus} maps each item to its SKU, if any. */
  static VendorCounts bySku(
      PosProvider provider, List<ItemCount> items, Map<String, Optional<String>> skus) {
    var counts = new ArrayList<StockCount>();
    long position = 0;
    for (ItemCount item : items) {
      position = Math.max(position, item.version());
      Optional<String> sku = skus.getOrDefault(item.itemRef(), Optional.empty());
      sku.ifPresent(
          value ->
              counts.add(
                  new StockCount(
                      provider.configName(),
                      item.locationId(),
                      value,
                      item.quantity(),
                      item.version(),
                      item.countedAt())));
    }
    return new VendorCounts(counts, items.size() - counts.size(), position);
  }

  VendorCounts plus(VendorCounts other) {
    var all = new ArrayList<>(counts);
    all.addAll(other.counts());
    return new VendorCounts(all, unmapped + other.unmapped(), Math.max(position, other.position()));
  }
}
