package io.vitrine.tenant.checkout.copurchase;

import java.util.ArrayList;
import java.util.List;

/**
 * The partners one SKU is most often bought with, in bounded memory: a Space-Saving heavy-hitter
 * sketch (Metwally et al., 2005). With capacity k, every partner bought together more than 1/k of
 * the time is kept, and a kept count over-estimates by at most the smallest count. Not thread-safe;
 * {@link CoPurchaseIndex} serialises writers.
 */
final class PartnerSketch {

  private final String[] partners;
  private final int[] counts;
  private int size;
  private int sales;

  PartnerSketch(int capacity) {
    partners = new String[capacity];
    counts = new int[capacity];
  }

  /** One more sale of this SKU. */
  void countSale() {
    sales++;
  }

  /** One more sale that held this SKU and {@code partner}. */
  void add(String partner) {
    for (int i = 0; i < size; i++) {
      if (partners[i].equals(partner)) {
        counts[i]++;
        return;
      }
    }
    if (size < partners.length) {
      partners[size] = partner;
      counts[size++] = 1;
      return;
    }
    int smallest = 0;
    for (int i = 1; i < size; i++) {
      if (counts[i] < counts[smallest]) {
        smallest = i;
      }
    }
    partners[smallest] = partner;
    counts[smallest]++;
  }

  int sales() {
    return sales;
  }

  /** The strongest partners, most frequent first (ties by SKU). */
  List<Partner> top(int limit) {
    var all = new ArrayList<Partner>(size);
    for (int i = 0; i < size; i++) {
      all.add(new Partner(partners[i], counts[i]));
    }
    all.sort(
        (a, b) ->
            a.together() != b.together()
                ? Integer.compare(b.together(), a.together())
                : a.sku().compareTo(b.sku()));
    return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
  }

  record Partner(String sku, int together) {}
}
