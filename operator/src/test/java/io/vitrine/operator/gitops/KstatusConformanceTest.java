package io.vitrine.operator.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Condition;
import io.vitrine.operator.api.v1alpha1.RetailerIntegrationStatus;
import io.vitrine.operator.platform.PlatformUnavailableException;
import io.vitrine.operator.retailer.RetailerWorkflow;
import io.vitrine.operator.retailer.Retailers;
import io.vitrine.operator.retailer.model.InvalidPosCredentialsException;
import io.vitrine.operator.retailer.status.Outcome;
import io.vitrine.operator.retailer.status.RetailerStatusFactory;
import io.vitrine.operator.retailer.status.TestOutcomes;
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
 * otherwise. Every status the operator writes must be unambiguous under those rules.
 */
class KstatusConformanceTest {

  @ParameterizedTest
  @MethodSource("statuses")
  void conditionsAreConsistentForKstatus(
      String scenario, RetailerIntegrationStatus status, String kstatus) {
    List<Condition> conditions = status.getConditions();
    boolean ready = Conditions.isTrue(conditions, "Ready");
    boolean reconciling = Conditions.isTrue(conditions, "Reconciling");
    boolean stalled = Conditions.isTrue(conditions, "Stalled");

    assertThat(conditions)
        .allSatisfy(
            c -> assertThat(c.getObservedGeneration()).isEqualTo(status.getObservedGeneration()));
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

  private static RetailerIntegrationStatus status(Map<String, Outcome> outcomes) {
    return RetailerStatusFactory.build(Retailers.beauty("aster"), outcomes, 8080, Instant.now());
  }
}
