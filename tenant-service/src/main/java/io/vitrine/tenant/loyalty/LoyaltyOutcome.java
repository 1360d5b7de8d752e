package io.vitrine.tenant.loyalty;

import java.util.List;
import java.util.Optional;

/**
 * What applying a sale did to its customer's account.
 *
 * @param granted the accruals this call recorded; empty when the sale had been applied before
 * @param points the account's points afterwards
 * @param tier the account's tier afterwards
 * @param upgradedFrom the previous tier when this sale raised it
 */
public record LoyaltyOutcome(
    List<Accrual> granted, long points, String tier, Optional<String> upgradedFrom) {

  public LoyaltyOutcome {
    granted = List.copyOf(granted);
  }

  /** A sale without a customer, or one that does not exist: nothing to apply. */
  public static LoyaltyOutcome none() {
    return new LoyaltyOutcome(List.of(), 0, null, Optional.empty());
  }
}
