package io.vitrine.tenant.checkout.catalog;

import java.util.List;
import java.util.Set;

/**
 * What ranking needs of a catalog product.
 *
 * @param category lower-case
 * @param inci canonical INCI names in label order
 * @param fragranceFree no ingredient of the fragrance group, computed once when the catalog loads
 * @param skinTypes the skin types the product is made for (lower-case), possibly none
 * @param promotionExcluded excluded from loyalty discounts
 */
public record CheckoutProduct(
    String sku,
    String name,
    String brand,
    String category,
    List<String> inci,
    boolean fragranceFree,
    Set<String> skinTypes,
    boolean promotionExcluded) {

  public CheckoutProduct {
    inci = List.copyOf(inci);
    skinTypes = Set.copyOf(skinTypes);
  }
}
