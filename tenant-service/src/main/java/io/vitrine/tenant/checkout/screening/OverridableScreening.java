package io.vitrine.tenant.checkout.screening;

import java.util.List;
import java.util.Set;

/**
 * A stored screening as an override of its alerts needs it.
 *
 * @param alerted the SKUs the screening raised an alert for
 * @param overridden the alerted SKUs already overridden
 */
public record OverridableScreening(
    String posLocationId,
    String cartId,
    String algorithm,
    List<String> alerted,
    Set<String> overridden) {

  public OverridableScreening {
    alerted = List.copyOf(alerted);
    overridden = Set.copyOf(overridden);
  }
}
