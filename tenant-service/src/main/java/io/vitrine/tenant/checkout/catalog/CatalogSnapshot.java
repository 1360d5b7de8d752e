package io.vitrine.tenant.checkout.catalog;

import java.util.List;
import java.util.Map;

/**
 * The tenant's products as ranking and screening read them, immutable; replaced as a whole when
 * products change.
 *
 * @param bestSellers per lower-case category, the best-selling SKUs first
 */
public record CatalogSnapshot(
    Map<String, CheckoutProduct> products, Map<String, List<String>> bestSellers) {

  public static final CatalogSnapshot EMPTY = new CatalogSnapshot(Map.of(), Map.of());

  public List<String> bestSellers(String category) {
    return category == null ? List.of() : bestSellers.getOrDefault(category, List.of());
  }
}
