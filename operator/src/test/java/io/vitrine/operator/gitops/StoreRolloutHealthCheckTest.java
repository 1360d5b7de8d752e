package io.vitrine.operator.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs deploy/gitops/argocd/health/storerollout.lua, as Argo CD would, on StoreRollout statuses
 * with the documented kstatus conditions (Ready, Reconciling, Stalled, Progressing, Paused,
 * Degraded, Completed).
 */
class StoreRolloutHealthCheckTest {

  @Test
  void waitingForApprovalAtThePhaseGitAskedForIsHealthy() throws IOException {
    var rollout =
        rollout(
            2,
            2,
            condition("Ready", "True", "AwaitingApproval", "phase cohort waits for approval"),
            condition(
                "Progressing", "False", "AwaitingApproval", "phase cohort waits for approval"));

    assertThat(health(rollout))
        .containsEntry("status", "Healthy")
        .hasEntrySatisfying("message", m -> assertThat(m).startsWith("AwaitingApproval"));
  }

  @Test
  void completedRolloutIsHealthy() throws IOException {
    var rollout =
        rollout(
            3,
            3,
            condition("Ready", "True", "Completed", "every phase is on"),
            condition("Completed", "True", "Completed", "every phase is on"));

    assertThat(health(rollout)).containsEntry("status", "Healthy");
  }

  @Test
  void advancingTowardsTheTargetPhaseIsProgressing() throws IOException {
    var rollout =
        rollout(
            2,
            2,
            condition("Ready", "False", "Advancing", "enabling 12 stores of cohort"),
            condition("Progressing", "True", "Advancing", "enabling 12 stores of cohort"),
            condition("Reconciling", "True", "Advancing", "enabling 12 stores of cohort"));

    assertThat(health(rollout))
        .containsEntry("status", "Progressing")
        .containsEntry("message", "Advancing: enabling 12 stores of cohort");
  }

  @Test
  void rolledBackAfterAFailedGateIsDegraded() throws IOException {
    var rollout =
        rollout(
            2,
            2,
            condition("Ready", "True", "RolledBack", "back to pilot"),
            condition("Degraded", "True", "GateFailed", "attachRate 0.08 < 0.2 in cohort"));

    assertThat(health(rollout))
        .containsEntry("status", "Degraded")
        .containsEntry("message", "GateFailed: attachRate 0.08 < 0.2 in cohort");
  }

  @Test
  void stalledIsDegradedEvenWhenAlsoPaused() throws IOException {
    var rollout =
        rollout(
            2,
            2,
            condition(
                "Stalled", "True", "ProgressDeadlineExceeded", "cohort did not finish in 10m"),
            condition("Paused", "True", "PausedFromCli", "paused by alice"));

    assertThat(health(rollout)).containsEntry("status", "Degraded");
  }

  @Test
  void pausedIsSuspended() throws IOException {
    var rollout =
        rollout(
            2,
            2,
            condition("Ready", "True", "Paused", "paused by alice"),
            condition("Paused", "True", "PausedFromCli", "paused by alice"));

    assertThat(health(rollout))
        .containsEntry("status", "Suspended")
        .containsEntry("message", "PausedFromCli: paused by alice");
  }

  @Test
  void aPromotionNotYetObservedIsProgressingEvenIfTheOldStatusWasReady() throws IOException {
    var rollout = rollout(3, 2, condition("Ready", "True", "AwaitingApproval", "pilot approved?"));

    assertThat(health(rollout))
        .containsEntry("status", "Progressing")
        .containsEntry("message", "Waiting for the operator to observe generation 3");
  }

  @Test
  void newRolloutWithoutStatusIsProgressing() throws IOException {
    var rollout = Map.of("metadata", Map.of("name", "spring-launch", "generation", 1));

    assertThat(health(rollout))
        .containsEntry("status", "Progressing")
        .hasEntrySatisfying("message", m -> assertThat(m).contains("generation 1"));
  }

  private static Map<String, Object> rollout(
      long generation, long observedGeneration, Map<?, ?>... conditions) {
    return Map.of(
        "metadata", Map.of("name", "spring-launch", "generation", generation),
        "spec", Map.of("targetPhase", "cohort"),
        "status",
            Map.of("observedGeneration", observedGeneration, "conditions", List.of(conditions)));
  }

  private static Map<String, String> condition(
      String type, String status, String reason, String message) {
    return Map.of("type", type, "status", status, "reason", reason, "message", message);
  }

  private static Map<String, String> health(Object rollout) throws IOException {
    return LuaHealthCheck.run("storerollout.lua", rollout);
  }
}
