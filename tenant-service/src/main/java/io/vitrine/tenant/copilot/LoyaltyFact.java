package io.vitrine.tenant.copilot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A customer's loyalty standing, from the loyalty ledger.
 *
 * @param member false when the pseudonym is unknown to the programme
 * @param nextTier null at the top tier
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoyaltyFact(
    boolean member, String program, Long points, String tier, String nextTier, Long pointsToGo) {

  static LoyaltyFact notAMember() {
    return new LoyaltyFact(false, null, null, null, null, null);
  }
}
