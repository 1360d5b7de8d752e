package io.vitrine.tenant.checkout.copurchase;

import io.vitrine.tenant.checkout.ranking.CoPurchase;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Item-to-item co-purchase counts: per SKU, its sales and a bounded sketch of the partners it was
 * bought with. Baskets are added one sale at a time, so a full rebuild and the incremental update
 * share this code. Safe for concurrent readers and writers.
 */
public final class CoPurchaseCounts {

  private final ConcurrentHashMap<String, PartnerSketch> sketches = new ConcurrentHashMap<>();
  private final int capacity;

  public CoPurchaseCounts(int capacity) {
    this.capacity = capacity;
  }

  /** One sale's SKUs; repeated SKUs count once. */
  public void addBasket(Collection<String> skus) {
    var distinct = new LinkedHashSet<>(skus);
    for (String sku : distinct) {
      PartnerSketch sketch = sketches.computeIfAbsent(sku, key -> new PartnerSketch(capacity));
      synchronized (sketch) {
        sketch.countSale();
        for (String partner : distinct) {
          if (!partner.equals(sku)) {
            sketch.add(partner);
          }
        }
      }
    }
  }

  /** The partners most often bought with {@code sku}, strongest first. */
  public List<CoPurchase> partners(String sku, int limit) {
    PartnerSketch sketch = sketches.get(sku);
    if (sketch == null) {
      return List.of();
    }
    synchronized (sketch) {
      int sales = sketch.sales();
      return sketch.top(limit).stream()
          .map(partner -> new CoPurchase(sku, partner.sku(), partner.together(), sales))
          .toList();
    }
  }

  /** Sales that held {@code sku}. */
  public int sales(String sku) {
    PartnerSketch sketch = sketches.get(sku);
    if (sketch == null) {
      return 0;
    }
    synchronized (sketch) {
      return sketch.sales();
    }
  }

  public int skus() {
    return sketches.size();
  }
}
