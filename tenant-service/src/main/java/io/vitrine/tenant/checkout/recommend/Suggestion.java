package io.vitrine.tenant.checkout.recommend;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A recommend answer as the checkout stores it: what was asked, and what was suggested.
 *
 * @param id the suggestion id the till got
 * @param posLocationId the store as the request named it
 * @param customerPseudonym null for a walk-in
 * @param associate the asking associate's subject id
 * @param cartSkus the cart's SKUs, which the suggestions complement
 * @param items the suggested SKUs, best first
 */
public record Suggestion(
    UUID id,
    String posLocationId,
    String cartId,
    String customerPseudonym,
    String associate,
    List<String> cartSkus,
    String algorithm,
    long flagsRevision,
    OffsetDateTime createdAt,
    List<SuggestedSku> items) {

  public Suggestion {
    cartSkus = List.copyOf(cartSkus);
    items = List.copyOf(items);
  }
}
