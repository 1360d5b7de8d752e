package io.vitrine.operator.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Condition;
import io.vitrine.api.v1alpha1.RetailerIntegrationStatus;
import io.vitrine.api.v1alpha1.rollout.PhaseState;
import io.vitrine.operator.platform.PlatformUnavailableException;
import io.vitrine.operator.retailer.RetailerWorkflow;
import io.vitrine.operator.retailer.Retailers;
import io.vitrine.operator.retailer.model.InvalidPosCredentialsException;
import io.vitrine.operator.retailer.status.Outcome;
import io.vitrine.operator.retailer.status.RetailerStatusFactory;
import io.vitrine.operator.retailer.status.TestOutcomes;
import io.vitrine.operator.rollout.model.InvalidRolloutSpecException;
import io.vitrine.operator.rollout.status.ConditionReason;
import io.vitrine.operator.rollout.status.RolloutConditions;
import io.vitrine.operator.rollout.status.RolloutFailure;
import io.vitrine.operator.rollout.tenant.TenantServiceUnavailableException;
import io.vitrine.operator.status.Conditions;
import java.net.ConnectException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Flux (kstatus) reads Ready, Reconciling, Stalled and observedGeneration: a status is Current only
 * when Ready is True with neither Reconciling nor Stalled, Failed when Stalled, InProgress
 * otherwise. Every status the operator writes, for RetailerIntegrations and StoreRollouts, must be
 * unambiguous under those rules.
 */
class KstatusConformanceTest {

  private static final long GENERATION = 3;

  @ParameterizedTest
  @MethodSource("statuses")
  void conditionsAreConsistentForKstatus(
      String scenario, RetailerIntegrationStatus status, String kstatus) {
    assertConsistent(status.getConditions(), status.getObservedGeneration(), kstatus);
  }

  @ParameterizedTest
  @MethodSource("rolloutConditions")
  void rolloutConditionsAreConsistentForKstatus(
      String scenario, List<Condition> conditions, String kstatus) {
    assertConsistent(conditions, GENERATION, kstatus);
  }

  private static void assertConsistent(
      List<Condition> conditions, Long observedGeneration, String kstatus) {
    boolean ready = Conditions.isTrue(conditions, "Ready");
    boolean reconciling = Conditions.isTrue(conditions, "Reconciling");
    boolean stalled = Conditions.isTrue(conditions, "Stalled");

    assertThat(conditions)
        .allSatisfy(c -> assertThat(c.getObservedGeneration()).isEqualTo(observedGeneration));
    assertThat(ready && (reconciling || stalled))
        .as("Ready excludes Reconciling and Stalled")
        .isFalse();
    assertThat(reconciling && stalled).as("Reconciling excludes Stalled").isFalse();
    assertThat(ready || reconciling || stalled).as("one of the three is always True").isTrue();
    assertThat(stalled ? "Failed" : ready ? "Current" : "InProgress").isEqualTo(kstatus);
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> statuses() {
    var unavailable = TestOutcomes.allReady();
    unavailable.put(
        RetailerWorkflow.DATABASE,
        Outcome.failed(
            "database",
            new PlatformUnavailableException("postgresql", new ConnectException("refused"))));
    var invalid = TestOutcomes.allReady();
    invalid.put(
        RetailerWorkflow.POS_SECRET,
        Outcome.failed("pos", new InvalidPosCredentialsException("SecretNotFound", "gone")));
    var waiting = TestOutcomes.allReady();
    waiting.put(RetailerWorkflow.DEPLOYMENT, Outcome.notReady(RetailerWorkflow.DEPLOYMENT));
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(
            "ready", status(TestOutcomes.allReady()), "Current"),
        org.junit.jupiter.params.provider.Arguments.of(
            "platform down", status(unavailable), "InProgress"),
        org.junit.jupiter.params.provider.Arguments.of(
            "invalid credentials", status(invalid), "Failed"),
        org.junit.jupiter.params.provider.Arguments.of(
            "rolling out", status(waiting), "InProgress"));
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> rolloutConditions() {
    return Stream.of(
        rollout("running", view(PhaseState.Running, false, null, false), "InProgress"),
        rollout("at target", view(PhaseState.Succeeded, true, null, false), "Current"),
        rollout("promoting", view(PhaseState.Succeeded, false, null, false), "InProgress"),
        rollout(
            "awaiting approval", view(PhaseState.AwaitingApproval, false, null, false), "Current"),
        rollout("paused", view(PhaseState.Running, false, "jane", false), "Current"),
        rollout("rolled back", view(PhaseState.RolledBack, false, null, false), "Failed"),
        rollout("aborted", view(PhaseState.Aborted, false, null, false), "Failed"),
        rollout("deadline", view(PhaseState.Running, false, null, true), "Failed"),
        failed(
            "tenant-service down",
            RolloutFailure.of(new TenantServiceUnavailableException("down", null)),
            "InProgress"),
        failed(
            "invalid spec",
            RolloutFailure.of(new InvalidRolloutSpecException("'1d' is not a duration")),
            "Failed"),
        failed(
            "not a tenant namespace",
            RolloutFailure.stalled(ConditionReason.NOT_A_TENANT_NAMESPACE, "default"),
            "Failed"));
  }

  private static RolloutConditions.View view(
      PhaseState state, boolean atTarget, String pausedBy, boolean deadlineExceeded) {
    return new RolloutConditions.View(
        "cohort", state, atTarget, false, false, pausedBy, deadlineExceeded, null);
  }

  private static org.junit.jupiter.params.provider.Arguments rollout(
      String scenario, RolloutConditions.View view, String kstatus) {
    return org.junit.jupiter.params.provider.Arguments.of(
        scenario, RolloutConditions.of(List.of(), GENERATION, Instant.now(), view), kstatus);
  }

  private static org.junit.jupiter.params.provider.Arguments failed(
      String scenario, RolloutFailure failure, String kstatus) {
    var conditions = new Conditions(List.of(), GENERATION, Instant.now());
    failure.setOn(conditions);
    return org.junit.jupiter.params.provider.Arguments.of(scenario, conditions.build(), kstatus);
  }

  private static RetailerIntegrationStatus status(Map<String, Outcome> outcomes) {
    return RetailerStatusFactory.build(Retailers.beauty("aster"), outcomes, 8080, Instant.now());
  }
}
