package io.vitrine.operator.rollout.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TransitionReasonTest {

  @Test
  void theReasonsAreTheStringsPeopleAndScriptsRead() {
    assertThat(Arrays.stream(TransitionReason.values()).map(TransitionReason::reason))
        .containsExactly(
            "Started",
            "Promoted",
            "Approved",
            "Succeeded",
            "GateFailed",
            "Aborted",
            "Retried",
            "NewRevision",
            "PhaseRemoved",
            "TargetLowered",
            "PausedFromCli",
            "ResumedFromCli");
  }
}
