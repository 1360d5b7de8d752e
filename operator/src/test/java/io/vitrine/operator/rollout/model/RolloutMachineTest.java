package io.vitrine.operator.rollout.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.api.kpi.KpiReport.MetricValue;
import io.vitrine.api.v1alpha1.rollout.ApprovalSpec;
import io.vitrine.api.v1alpha1.rollout.GateResult;
import io.vitrine.api.v1alpha1.rollout.PhaseState;
import io.vitrine.api.v1alpha1.rollout.RollbackSpec.RollbackPolicy;
import io.vitrine.api.v1alpha1.rollout.RolloutAction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RolloutMachineTest {

  private final RolloutFixture f = new RolloutFixture();

  @Test
  void startsInTheFirstPhaseWithOnlyItsStoresOn() {
    f.step();

    assertThat(f.phaseName()).isEqualTo("pilot");
    assertThat(f.state()).isEqualTo(PhaseState.Running);
    assertThat(f.storesOn()).containsExactly("loc-00");
    assertThat(f.status().getStoresEnabled()).isEqualTo(1);
    assertThat(f.status().getStoresTargeted()).isEqualTo(20);
    assertThat(f.condition("Ready")).isEqualTo("False/Progressing");
    assertThat(f.condition("Reconciling")).isEqualTo("True/Progressing");
    assertThat(f.condition("Progressing")).startsWith("True");
    assertThat(f.status().getObservedGeneration()).isEqualTo(1L);
    assertThat(f.last.requeue()).contains(RolloutFixture.INTERVAL);
    assertThat(f.status().getHistory()).extracting(t -> t.getReason()).containsExactly("Started");
  }

  @Test
  void waitsForMinDurationAndPassingGatesBeforeTheNextPhase() {
    f.goodKpis().step();
    f.after(Duration.ofSeconds(5)).step();
    assertThat(f.phaseName()).as("minDuration 10s not elapsed").isEqualTo("pilot");

    f.after(Duration.ofSeconds(6)).step();

    assertThat(f.phaseName()).isEqualTo("cohort");
    assertThat(f.storesOn())
        .containsExactly(
            "loc-00", "loc-02", "loc-04", "loc-06", "loc-08", "loc-10", "loc-12", "loc-14",
            "loc-16", "loc-18");
    assertThat(f.status().getHistory())
        .extracting(t -> t.getReason())
        .containsExactly("Started", "Promoted");
    assertThat(f.status().getHistory().get(1).getFromPhase()).isEqualTo("pilot");
  }

  @Test
  void aGateWithTooSmallASampleIsPendingAndHoldsThePhase() {
    f.smallSample().step();
    f.after(Duration.ofSeconds(30)).step();

    assertThat(f.phaseName()).isEqualTo("pilot");
    assertThat(f.status().getGates())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.getResult()).isEqualTo(GateResult.Pending);
              assertThat(g.getObservedValue()).isEqualTo(0.01);
              assertThat(g.getSampleSize()).isEqualTo(3);
            });
    assertThat(f.condition("Degraded")).startsWith("False");
  }

  @Test
  void progressDeadlineMarksStalledWithoutRollingBack() {
    f.smallSample().step();
    f.after(Duration.ofSeconds(71)).step();

    assertThat(f.condition("Stalled")).isEqualTo("True/ProgressDeadlineExceeded");
    assertThat(f.condition("Ready")).isEqualTo("False/ProgressDeadlineExceeded");
    assertThat(f.storesOn()).containsExactly("loc-00");

    f.goodKpis().after(Duration.ofSeconds(1)).step();
    assertThat(f.phaseName()).isEqualTo("cohort");
    assertThat(f.condition("Stalled")).startsWith("False");
  }

  @Test
  void neverGoesPastTheTargetPhaseAndIsReadyThere() {
    f.spec().setTargetPhase("cohort");
    f.goodKpis().step();
    f.runThrough("pilot");
    for (int i = 0; i < 30; i++) {
      f.after(Duration.ofSeconds(1)).step();
    }

    assertThat(f.phaseName()).isEqualTo("cohort");
    assertThat(f.state()).isEqualTo(PhaseState.Succeeded);
    assertThat(f.condition("Ready")).isEqualTo("True/AtTargetPhase");
    assertThat(f.condition("Completed")).startsWith("False");
    assertThat(f.condition("Reconciling")).startsWith("False");
    assertThat(f.last.requeue()).isEmpty();
    assertThat(f.status().getStoresTargeted()).isEqualTo(10);
  }

  @Test
  void raisingTargetPhaseInGitPromotesToTheWholeChainAndCompletes() {
    f.spec().setTargetPhase("cohort");
    f.goodKpis().step();
    f.runThrough("pilot");
    f.runThrough("cohort");

    f.edit(spec -> spec.setTargetPhase("chain")).step();
    assertThat(f.phaseName()).isEqualTo("chain");
    assertThat(f.allStoresOn()).isTrue();
    assertThat(f.status().getStoresEnabled()).isEqualTo(20);

    f.after(Duration.ofSeconds(11)).step();
    assertThat(f.state()).isEqualTo(PhaseState.Succeeded);
    assertThat(f.condition("Completed")).isEqualTo("True/Completed");
    assertThat(f.condition("Ready")).isEqualTo("True/AtTargetPhase");
  }

  @Test
  void requiredApprovalWaitsWithTheStoresOffAndIsReady() {
    f.requireApproval("cohort").goodKpis().step();
    f.runThrough("pilot");

    assertThat(f.phaseName()).isEqualTo("cohort");
    assertThat(f.state()).isEqualTo(PhaseState.AwaitingApproval);
    assertThat(f.storesOn()).containsExactly("loc-00");
    assertThat(f.condition("Ready")).isEqualTo("True/AwaitingApproval");
    assertThat(f.last.requeue()).isEmpty();

    f.act("approve", "cohort");
    assertThat(f.state()).isEqualTo(PhaseState.Running);
    assertThat(f.storesOn()).hasSize(10);
    assertThat(f.status().getApprovals())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getBy()).isEqualTo("jane@example.com");
              assertThat(a.getSource()).isEqualTo("Cli");
            });
    assertThat(f.status().getActions())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getResult()).isEqualTo("Applied");
              assertThat(a.getBy()).isEqualTo("jane@example.com");
            });
    assertThat(f.last.events()).anyMatch(e -> e.message().contains("jane@example.com"));
  }

  @Test
  void approvingAnotherPhaseIsRejected() {
    f.requireApproval("cohort").goodKpis().step();
    f.runThrough("pilot");

    f.act("approve", "chain");

    assertThat(f.state()).isEqualTo(PhaseState.AwaitingApproval);
    assertThat(f.status().getActions())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getResult()).isEqualTo("Rejected");
              assertThat(a.getMessage()).contains("cohort awaits approval");
            });
    assertThat(f.last.events()).anyMatch(e -> e.warning() && e.reason().equals("ActionRejected"));
  }

  @Test
  void anApprovalInGitIsAccepted() {
    f.requireApproval("cohort").goodKpis().step();
    f.runThrough("pilot");

    f.edit(
            spec -> {
              var approval = new ApprovalSpec();
              approval.setPhase("cohort");
              approval.setBy("release-bot");
              spec.getApprovals().add(approval);
            })
        .step();

    assertThat(f.state()).isEqualTo(PhaseState.Running);
    assertThat(f.status().getApprovals())
        .singleElement()
        .satisfies(a -> assertThat(a.getSource()).isEqualTo("Git"));
  }

  @Test
  void anActionIsHandledOnceById() {
    var action = Optional.of(new RolloutAction("id-1", "pause", null, "jane", null, null));
    f.step(action);
    f.step(action);

    assertThat(f.status().getActions()).hasSize(1);
    assertThat(f.status().getLastHandledActionId()).isEqualTo("id-1");
  }

  @Test
  void aFailingGateRollsBackToThePreviousPhaseAndRecordsTheValues() {
    f.goodKpis().step();
    f.runThrough("pilot");
    assertThat(f.phaseName()).isEqualTo("cohort");

    f.badKpis().after(Duration.ofSeconds(1)).step();

    assertThat(f.state()).isEqualTo(PhaseState.RolledBack);
    assertThat(f.storesOn()).containsExactly("loc-00");
    assertThat(f.status().getFailedGate().getMetric()).isEqualTo("attach-rate");
    assertThat(f.status().getFailedGate().getObservedValue()).isEqualTo(0.05);
    assertThat(f.status().getFailedGate().getSampleSize()).isEqualTo(100);
    assertThat(f.condition("Degraded")).isEqualTo("True/GateFailed");
    assertThat(f.condition("Stalled")).isEqualTo("True/GateFailed");
    assertThat(f.condition("Ready")).isEqualTo("False/GateFailed");
    var cohort = f.status().getPhases().get(1);
    assertThat(cohort.getEnabled()).as("only loc-00, the pilot, also in region north").isEqualTo(1);
    assertThat(f.last.events()).anyMatch(e -> e.warning() && e.message().contains("0.05"));
    assertThat(f.last.requeue()).isEmpty();
  }

  @Test
  void failingStoresAreCountedPerPhase() {
    f.goodKpis().step();
    f.runThrough("pilot");
    f.kpis(
        java.util.Map.of("attach-rate", new MetricValue(0.3, 100)),
        java.util.Map.of(
            "loc-02", java.util.Map.of("attach-rate", new MetricValue(0.0, 40)),
            "loc-04", java.util.Map.of("attach-rate", new MetricValue(0.5, 40))));
    f.after(Duration.ofSeconds(1)).step();

    var cohort = f.status().getPhases().get(1);
    assertThat(cohort.getTargeted()).isEqualTo(10);
    assertThat(cohort.getEnabled()).isEqualTo(10);
    assertThat(cohort.getFailing()).isEqualTo(1);
    assertThat(cohort.getFailingStores()).containsExactly("loc-02");
  }

  @Test
  void allOffPolicySwitchesEverythingOff() {
    f.spec().getRollback().setOnGateFailure(RollbackPolicy.AllOff);
    f.goodKpis().step();
    f.runThrough("pilot");

    f.badKpis().after(Duration.ofSeconds(1)).step();

    assertThat(f.storesOn()).isEmpty();
    assertThat(f.allStoresOn()).isFalse();
    assertThat(f.status().getStoresEnabled()).isZero();
  }

  @Test
  void aRollbackHoldsUntilANewGenerationWhichRestartsThePhase() {
    f.goodKpis().step();
    f.runThrough("pilot");
    f.badKpis().after(Duration.ofSeconds(1)).step();
    f.goodKpis().after(Duration.ofSeconds(30)).step();
    assertThat(f.state()).as("good KPIs alone do not clear it").isEqualTo(PhaseState.RolledBack);

    f.edit(spec -> spec.setProgressDeadline("61s")).after(Duration.ofSeconds(1)).step();

    assertThat(f.state()).isEqualTo(PhaseState.Running);
    assertThat(f.storesOn()).hasSize(10);
    assertThat(f.status().getCurrentPhase().getStartedAt()).isEqualTo(f.now.toString());
    assertThat(f.condition("Degraded")).startsWith("False");
    assertThat(f.status().getHistory())
        .extracting(t -> t.getReason())
        .contains("GateFailed", "NewRevision");
  }

  @Test
  void abortRollsBackAndANewGenerationClearsIt() {
    f.goodKpis().step();
    f.runThrough("pilot");

    f.act("abort", null);
    assertThat(f.state()).isEqualTo(PhaseState.Aborted);
    assertThat(f.storesOn()).containsExactly("loc-00");
    assertThat(f.condition("Stalled")).isEqualTo("True/Aborted");
    f.after(Duration.ofSeconds(30)).step();
    assertThat(f.state()).isEqualTo(PhaseState.Aborted);

    f.edit(spec -> spec.setPaused(false)).step();
    assertThat(f.state()).isEqualTo(PhaseState.Running);
  }

  @Test
  void retryReevaluatesAnAbortedRolloutAtTheSameGeneration() {
    f.goodKpis().step();
    f.act("abort", null);
    f.act("retry", null);

    assertThat(f.state()).isEqualTo(PhaseState.Running);
    assertThat(f.status().getObservedGeneration()).isEqualTo(1L);
    assertThat(f.status().getActions())
        .extracting(a -> a.getResult())
        .containsExactly("Applied", "Applied");
  }

  @Test
  void retryWithNothingToRetryIsRejected() {
    f.step();
    f.act("retry", null);

    assertThat(f.status().getActions().get(0).getResult()).isEqualTo("Rejected");
  }

  @Test
  void aCliPauseHoldsTheRolloutAndResumeLiftsIt() {
    f.goodKpis().step();
    f.act("pause", null);
    f.after(Duration.ofSeconds(30)).step();

    assertThat(f.phaseName()).isEqualTo("pilot");
    assertThat(f.condition("Paused")).isEqualTo("True/PausedFromCli");
    assertThat(f.condition("Ready")).isEqualTo("True/Paused");
    assertThat(f.status().getPausedBy()).isEqualTo("jane@example.com");

    f.act("resume", null);
    assertThat(f.phaseName()).isEqualTo("cohort");
    assertThat(f.condition("Paused")).startsWith("False");
  }

  @Test
  void resumeCannotLiftAPauseFromGit() {
    f.spec().setPaused(true);
    f.goodKpis().step();
    f.act("resume", null);
    f.after(Duration.ofSeconds(30)).step();

    assertThat(f.status().getActions().get(0).getResult()).isEqualTo("Rejected");
    assertThat(f.status().getActions().get(0).getMessage()).contains("Git pauses");
    assertThat(f.phaseName()).isEqualTo("pilot");
    assertThat(f.condition("Paused")).isEqualTo("True/PausedInGit");
  }

  @Test
  void aPausedRolloutStillRollsBackOnAFailingGate() {
    f.spec().setPaused(true);
    f.badKpis().step();
    f.after(Duration.ofSeconds(1)).step();

    assertThat(f.state()).isEqualTo(PhaseState.RolledBack);
    assertThat(f.storesOn()).isEmpty();
  }

  @Test
  void loweringTargetPhaseBelowTheCurrentOneMovesBack() {
    f.goodKpis().step();
    f.runThrough("pilot");
    f.runThrough("cohort");
    assertThat(f.phaseName()).isEqualTo("chain");

    f.edit(spec -> spec.setTargetPhase("pilot")).step();

    assertThat(f.phaseName()).isEqualTo("pilot");
    assertThat(f.storesOn()).containsExactly("loc-00");
    assertThat(f.status().getHistory())
        .last()
        .satisfies(
            t -> {
              assertThat(t.getReason()).isEqualTo("TargetLowered");
              assertThat(t.getFromPhase()).isEqualTo("chain");
            });
  }

  @Test
  void removingTheCurrentPhaseMidFlightRestartsFromTheFirst() {
    f.goodKpis().step();
    f.runThrough("pilot");

    f.edit(spec -> spec.getPhases().remove(1)).step();

    assertThat(f.phaseName()).isEqualTo("pilot");
    assertThat(f.status().getHistory()).extracting(t -> t.getReason()).contains("PhaseRemoved");
  }

  @Test
  void editingAPhaseSelectorMidFlightChangesItsStores() {
    f.goodKpis().step();
    f.runThrough("pilot");

    f.edit(spec -> spec.getPhases().get(1).setStores(RolloutFixture.ids("loc-03", "loc-05")))
        .step();

    assertThat(f.phaseName()).isEqualTo("cohort");
    assertThat(f.storesOn()).containsExactly("loc-00", "loc-03", "loc-05");
  }

  @Test
  void maxConcurrentStoresSwitchesStoresOnInSteps() {
    f.phase("cohort").setMaxConcurrentStores(3);
    f.goodKpis().step();
    f.runThrough("pilot");
    assertThat(f.storesOn()).hasSize(1 + 3);

    f.after(Duration.ofSeconds(1)).step();
    assertThat(f.storesOn()).hasSize(1 + 6);
    f.after(Duration.ofSeconds(1)).step();
    f.after(Duration.ofSeconds(1)).step();
    assertThat(f.storesOn()).hasSize(10);
    assertThat(f.phaseName()).isEqualTo("cohort");
  }

  @Test
  void gatesReadOnlyThePhasesOwnStoresThatAreOn() {
    f.goodKpis().step();
    f.runThrough("pilot");
    f.kpiQueries.clear();
    f.after(Duration.ofSeconds(1)).step();

    assertThat(f.kpiQueries)
        .singleElement()
        .satisfies(stores -> assertThat(stores).hasSize(9).doesNotContain("loc-00"));
  }

  @Test
  void conditionsKeepTheirTransitionTimeWhileUnchanged() {
    f.smallSample().step();
    String since = f.status().getConditions().get(0).getLastTransitionTime();
    f.after(Duration.ofSeconds(5)).step();

    assertThat(f.status().getConditions().get(0).getLastTransitionTime()).isEqualTo(since);
  }

  @Test
  void historyAndActionsAreBounded() {
    f.step();
    for (int i = 0; i < 60; i++) {
      f.act(i % 2 == 0 ? "pause" : "resume", null);
    }

    assertThat(f.status().getActions()).hasSize(RolloutActions.ACTIONS_LIMIT);
    assertThat(f.status().getHistory()).hasSize(Transitions.HISTORY_LIMIT);
  }

  @Test
  void anUnreadableActionIsRejectedNotRetried() {
    f.step(RolloutAction.parse("{not json"));

    assertThat(f.status().getActions())
        .singleElement()
        .satisfies(a -> assertThat(a.getResult()).isEqualTo("Rejected"));
    assertThat(List.of(f.status().getLastHandledActionId()))
        .allMatch(id -> id.startsWith("unreadable-"));
  }

  @Test
  void aGateAskingForNoSampleDoesNotWaitForData() {
    f.spec().getPhases().forEach(p -> p.getGates().forEach(g -> g.setMinSampleSize(0)));
    f.step();
    f.after(Duration.ofSeconds(11)).step();

    assertThat(f.phaseName()).isEqualTo("cohort");
    assertThat(f.status().getHistory()).extracting(t -> t.getReason()).contains("Promoted");
  }

  @Test
  void everyGovernedFeatureGetsTheSameStoresWithItsOwnSettings() {
    var second = new io.vitrine.api.v1alpha1.rollout.FeatureSpec();
    second.setName(io.vitrine.api.v1alpha1.rollout.FeatureName.COPILOT);
    f.spec().getFeatures().add(second);
    f.step();

    assertThat(f.last.flags().features()).containsOnlyKeys("checkout-recommendations", "copilot");
    assertThat(f.last.flags().features().get("copilot").stores()).containsExactly("loc-00");
    assertThat(f.last.flags().features().get("copilot").settings()).isEmpty();
  }
}
