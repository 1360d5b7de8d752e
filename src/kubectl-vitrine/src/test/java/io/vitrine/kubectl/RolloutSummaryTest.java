package io.vitrine.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RolloutSummaryTest {

  private static Map<String, Object> rollout(Map<String, Object> status) {
    return Map.of(
        "metadata",
        Map.of("name", "spring-launch", "namespace", "vitrine-maison-aster", "generation", 4),
        "spec",
        Map.of(
            "targetPhase",
            "cohort",
            "phases",
            List.of(Map.of("name", "pilot"), Map.of("name", "cohort"), Map.of("name", "chain"))),
        "status",
        status);
  }

  @Test
  void awaitingApprovalShowsThePhaseGatesAndTheCommandToApprove() {
    String summary =
        RolloutSummary.render(
            rollout(
                Map.of(
                    "observedGeneration", 4,
                    "currentPhase",
                        Map.of(
                            "name",
                            "cohort",
                            "state",
                            "AwaitingApproval",
                            "startedAt",
                            "2026-11-22T09:00:00Z"),
                    "storesEnabled", 3,
                    "storesTargeted", 12,
                    "phases",
                        List.of(
                            Map.of("name", "pilot", "targeted", 3, "enabled", 3, "failing", 0),
                            Map.of(
                                "name",
                                "cohort",
                                "targeted",
                                9,
                                "enabled",
                                0,
                                "failing",
                                1,
                                "failingStores",
                                List.of("store-7"))),
                    "gates",
                        List.of(
                            Map.of(
                                "phase",
                                "pilot",
                                "feature",
                                "checkout-recommendations",
                                "metric",
                                "attachRate",
                                "comparison",
                                "GreaterThanOrEqual",
                                "threshold",
                                0.2,
                                "observedValue",
                                0.31,
                                "sampleSize",
                                140,
                                "minSampleSize",
                                100,
                                "result",
                                "Passed")),
                    "conditions",
                        List.of(
                            Map.of(
                                "type",
                                "Ready",
                                "status",
                                "True",
                                "reason",
                                "AwaitingApproval",
                                "message",
                                "cohort waits for approval"),
                            Map.of(
                                "type",
                                "Progressing",
                                "status",
                                "False",
                                "reason",
                                "AwaitingApproval")))));

    assertThat(summary)
        .contains("StoreRollout spring-launch in vitrine-maison-aster")
        .contains("Ready:        True (AwaitingApproval): cohort waits for approval")
        .contains("Phase:        cohort (AwaitingApproval) since 2026-11-22T09:00:00Z")
        .contains("Target phase: cohort")
        .contains("Stores:       3 enabled / 12 targeted")
        .contains("kubectl vitrine approve spring-launch -n vitrine-maison-aster --phase cohort")
        .contains("store-7")
        .containsPattern(
            "pilot +checkout-recommendations +attachRate +GreaterThanOrEqual 0.2 +0.31 +140/100 +Passed");
  }

  @Test
  void showsTheLastFiveActionsNewestLastAndWhoPaused() {
    List<Map<String, Object>> actions =
        List.of(1, 2, 3, 4, 5, 6).stream()
            .map(
                i ->
                    Map.<String, Object>of(
                        "id",
                        "a" + i,
                        "action",
                        "pause",
                        "by",
                        "user-" + i,
                        "at",
                        "t" + i,
                        "result",
                        "Applied"))
            .toList();

    String summary =
        RolloutSummary.render(
            rollout(
                Map.of(
                    "pausedBy",
                    "alice",
                    "actions",
                    actions,
                    "currentPhase",
                    Map.of("name", "pilot", "state", "Running"))));

    assertThat(summary)
        .contains("Paused:       yes, by alice")
        .contains("user-6")
        .doesNotContain("user-1 ");
    assertThat(summary).doesNotContain("waits for approval");
  }

  @Test
  void aRolledBackRolloutNamesTheFailedGateWithItsValues() {
    String summary =
        RolloutSummary.render(
            rollout(
                Map.of(
                    "flagsRevision",
                    7,
                    "failedGate",
                    Map.of(
                        "phase",
                        "cohort",
                        "feature",
                        "checkout-recommendations",
                        "metric",
                        "attach-rate",
                        "comparison",
                        "GreaterThanOrEqual",
                        "threshold",
                        0.15,
                        "observedValue",
                        0.08))));

    assertThat(summary)
        .contains(
            "Failed gate:  checkout-recommendations attach-rate in cohort: observed 0.08, wants GreaterThanOrEqual 0.15 (rolled back)")
        .contains("Flags:        revision 7 (ConfigMap spring-launch-flags-r7)");
  }

  @Test
  void aRolloutWithoutStatusSaysTheOperatorHasNotSeenItYet() {
    String summary = RolloutSummary.render(rollout(Map.of()));

    assertThat(summary)
        .contains("Ready:        Unknown (the operator has not reported a status yet)")
        .contains("Generation:   4, observed none (the operator has not caught up yet)")
        .contains("Phase:        -");
  }
}
