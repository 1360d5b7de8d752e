package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;

/** What a failed gate or an abort does to the flags. */
public class RollbackSpec {

  @Default("PreviousPhase")
  @JsonPropertyDescription(
      "PreviousPhase: back to the stores of the phases before the failing one. AllOff: the"
          + " features are switched off everywhere.")
  private RollbackPolicy onGateFailure = RollbackPolicy.PreviousPhase;

  /** Where a rollback goes. */
  public enum RollbackPolicy {
    PreviousPhase,
    AllOff
  }

  public RollbackPolicy getOnGateFailure() {
    return onGateFailure;
  }

  public void setOnGateFailure(RollbackPolicy onGateFailure) {
    this.onGateFailure = onGateFailure;
  }
}
