package io.vitrine.operator.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Condition;
import io.vitrine.api.v1alpha1.rollout.PhaseState;
import io.vitrine.operator.rollout.status.RolloutConditions;
import io.vitrine.operator.rollout.status.RolloutConditions.View;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs deploy/gitops/argocd/health/storerollout.lua, as Argo CD would, on StoreRollout conditions
 * that the operator's own {@link RolloutConditions} produces for each state of a rollout.
 */
class StoreRolloutHealthCheckTest {

  private static final long GENERATION = 3;

  @Test
  void waitingForApprovalAtThePhaseGitAskedForIsHealthy() throws IOException {
    var view = view(PhaseState.AwaitingApproval, true, false, null, false, null);

    assertThat(health(view))
        .containsEntry("status", "Healthy")
        .hasEntrySatisfying("message", m -> assertThat(m).startsWith("AwaitingApproval"));
  }

  @Test
  void atTheTargetPhaseAndCompletedAreHealthy() throws IOException {
    assertThat(health(view(PhaseState.Succeeded, true, false, null, false, null)))
        .containsEntry("status", "Healthy");
    assertThat(health(view(PhaseState.Succeeded, true, true, null, false, null)))
        .containsEntry("status", "Healthy");
  }

  @Test
  void runningTowardsTheTargetPhaseIsProgressing() throws IOException {
    assertThat(health(view(PhaseState.Running, false, false, null, false, null)))
        .containsEntry("status", "Progressing")
        .hasEntrySatisfying("message", m -> assertThat(m).startsWith("Progressing"));
    assertThat(health(view(PhaseState.Succeeded, false, false, null, false, null)))
        .containsEntry("status", "Progressing");
  }

  @Test
  void pausedFromTheCommandLineStaysHealthyAndSaysWho() throws IOException {
    var view = view(PhaseState.Running, false, false, "alice", false, null);

    assertThat(health(view))
        .containsEntry("status", "Healthy")
        .containsEntry("message", "PausedFromCli: paused by alice");
  }

  @Test
  void rolledBackAfterAFailedGateIsDegradedWithTheGate() throws IOException {
    var view =
        view(PhaseState.RolledBack, false, false, null, false, "attach-rate 0.08 < 0.15 in cohort");

    assertThat(health(view))
        .containsEntry("status", "Degraded")
        .hasEntrySatisfying("message", m -> assertThat(m).contains("attach-rate 0.08 < 0.15"));
  }

  @Test
  void abortedAndDeadlineExceededAreDegraded() throws IOException {
    assertThat(health(view(PhaseState.Aborted, false, false, null, false, null)))
        .containsEntry("status", "Degraded")
        .hasEntrySatisfying("message", m -> assertThat(m).startsWith("Aborted"));
    assertThat(health(view(PhaseState.Running, false, false, null, true, null)))
        .containsEntry("status", "Degraded")
        .hasEntrySatisfying("message", m -> assertThat(m).startsWith("ProgressDeadlineExceeded"));
  }

  @Test
  void aPromotionNotYetObservedIsProgressingEvenIfTheOldStatusWasReady() throws IOException {
    var conditions = conditions(view(PhaseState.Succeeded, true, false, null, false, null));

    assertThat(LuaHealthCheck.run("storerollout.lua", rollout(GENERATION + 1, conditions)))
        .containsEntry("status", "Progressing")
        .containsEntry("message", "Waiting for the operator to observe generation 4");
  }

  @Test
  void newRolloutWithoutStatusIsProgressing() throws IOException {
    var rollout = Map.of("metadata", Map.of("name", "ai-checkout", "generation", 1));

    assertThat(LuaHealthCheck.run("storerollout.lua", rollout))
        .containsEntry("status", "Progressing")
        .hasEntrySatisfying("message", m -> assertThat(m).contains("generation 1"));
  }

  private static View view(
      PhaseState state,
      boolean atTarget,
      boolean lastPhase,
      String pausedBy,
      boolean deadlineExceeded,
      String failure) {
    return new View(
        "cohort", state, atTarget, lastPhase, false, pausedBy, deadlineExceeded, failure);
  }

  private static List<Condition> conditions(View view) {
    return RolloutConditions.of(List.of(), GENERATION, Instant.now(), view);
  }

  private static Map<String, String> health(View view) throws IOException {
    return LuaHealthCheck.run("storerollout.lua", rollout(GENERATION, conditions(view)));
  }

  private static Map<String, Object> rollout(long generation, List<Condition> conditions) {
    return Map.of(
        "metadata", Map.of("name", "ai-checkout", "generation", generation),
        "spec", Map.of("targetPhase", "cohort"),
        "status", Map.of("observedGeneration", GENERATION, "conditions", conditions));
  }
}
