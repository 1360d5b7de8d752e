package io.vitrine.tenant.copilot;

import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.common.problem.ProblemType;
import io.vitrine.tenant.loyalty.LoyaltyService;
import io.vitrine.tenant.loyalty.LoyaltySummary;
import jakarta.enterprise.context.ApplicationScoped;

/** The copilot's loyalty tool: the member's points and tier, as the loyalty ledger has them. */
@ApplicationScoped
public class LoyaltyTool {

  private final LoyaltyService loyalty;

  public LoyaltyTool(LoyaltyService loyalty) {
    this.loyalty = loyalty;
  }

  LoyaltyFact standing(String customer) {
    try {
      LoyaltySummary summary = loyalty.summary(customer).await().indefinitely();
      var next = summary.nextTier();
      return new LoyaltyFact(
          true,
          summary.program(),
          summary.points(),
          summary.tier(),
          next == null ? null : next.name(),
          next == null ? null : next.pointsToGo());
    } catch (Problem problem) {
      if (problem.type() == ProblemType.MEMBER_NOT_FOUND) {
        return LoyaltyFact.notAMember();
      }
      throw problem;
    }
  }
}
