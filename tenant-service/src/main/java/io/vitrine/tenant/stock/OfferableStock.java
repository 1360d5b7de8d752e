package io.vitrine.tenant.stock;

import java.util.Set;

/**
 * Which candidates a till may offer in one store, under the stock policy.
 *
 * @param offered the candidates that may be suggested, as in stock
 * @param demoted those of them whose count is stale or missing: ranked lower
 */
public record OfferableStock(Set<String> offered, Set<String> demoted) {

  public OfferableStock {
    offered = Set.copyOf(offered);
    demoted = Set.copyOf(demoted);
  }
}
