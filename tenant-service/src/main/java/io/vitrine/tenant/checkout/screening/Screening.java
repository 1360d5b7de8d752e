package io.vitrine.tenant.checkout.screening;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A screening answer as the checkout stores it: the cart it screened and its alerts.
 *
 * @param id the screening id the till got
 * @param posLocationId the store as the request named it
 * @param customerPseudonym null for a walk-in
 * @param associate the asking associate's subject id
 */
public record Screening(
    UUID id,
    String posLocationId,
    String cartId,
    String customerPseudonym,
    String associate,
    List<String> cartSkus,
    String algorithm,
    long flagsRevision,
    OffsetDateTime createdAt,
    List<ScreeningAlert> alerts) {

  public Screening {
    cartSkus = List.copyOf(cartSkus);
    alerts = List.copyOf(alerts);
  }
}
