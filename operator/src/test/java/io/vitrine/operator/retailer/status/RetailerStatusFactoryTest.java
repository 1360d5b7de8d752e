package io.vitrine.operator.retailer.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Condition;
import io.vitrine.operator.platform.PlatformUnavailableException;
import io.vitrine.operator.retailer.RetailerWorkflow;
import io.vitrine.operator.retailer.Retailers;
import io.vitrine.operator.retailer.model.InvalidPosCredentialsException;
import io.vitrine.operator.status.Conditions;
import java.net.ConnectException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetailerStatusFactoryTest {

  private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
  private static final Instant T1 = Instant.parse("2026-11-22T08:05:00Z");

  @Test
  void everyPartReadyMakesTheTenantReady() {
    var status =
        RetailerStatusFactory.build(Retailers.beauty("aster"), TestOutcomes.allReady(), 8080, T0);

    assertThat(condition(status.getConditions(), "Ready").getStatus()).isEqualTo("True");
    assertThat(condition(status.getConditions(), "Reconciling").getStatus()).isEqualTo("False");
    assertThat(status.getServiceUrl()).isEqualTo("http://tenant-service.vitrine-aster.svc:8080");
    assertThat(status.getConditions())
        .extracting(Condition::getType)
        .containsExactly(
            "NamespaceReady",
            "PosCredentialsValid",
            "DatabaseReady",
            "CatalogIndexReady",
            "RealmReady",
            "WorkloadReady",
            "Ready",
            "Reconciling",
            "Stalled");
  }

  @Test
  void unavailableKeycloakIsReportedAndRetriedNotStalled() {
    var outcomes = TestOutcomes.allReady();
    outcomes.put(
        RetailerWorkflow.REALM,
        Outcome.failed(
            "realm",
            new PlatformUnavailableException("keycloak", new ConnectException("refused"))));
    outcomes.remove(RetailerWorkflow.DEPLOYMENT);

    var status = RetailerStatusFactory.build(Retailers.beauty("aster"), outcomes, 8080, T0);

    assertThat(condition(status.getConditions(), "RealmReady").getReason())
        .isEqualTo("KeycloakUnavailable");
    assertThat(condition(status.getConditions(), "Ready").getReason())
        .isEqualTo("KeycloakUnavailable");
    assertThat(condition(status.getConditions(), "WorkloadReady").getReason())
        .isEqualTo("WaitingForDependencies");
    assertThat(condition(status.getConditions(), "Reconciling").getStatus()).isEqualTo("True");
    assertThat(condition(status.getConditions(), "Stalled").getStatus()).isEqualTo("False");
  }

  @Test
  void aFailureOfTheReconcilerItselfStillDecidesReady() {
    var outcomes = TestOutcomes.allReady();
    outcomes.put("reconciler", Outcome.failed("reconciler", new IllegalStateException("boom")));

    var status = RetailerStatusFactory.build(Retailers.beauty("aster"), outcomes, 8080, T0);

    assertThat(condition(status.getConditions(), "Ready").getStatus()).isEqualTo("False");
    assertThat(condition(status.getConditions(), "Ready").getReason()).isEqualTo("ReconcileError");
    assertThat(condition(status.getConditions(), "NamespaceReady").getStatus()).isEqualTo("True");
    assertThat(condition(status.getConditions(), "Reconciling").getStatus()).isEqualTo("True");
  }

  @Test
  void invalidCredentialsStallUntilSomeoneActs() {
    var outcomes = TestOutcomes.allReady();
    outcomes.put(
        RetailerWorkflow.POS_SECRET,
        Outcome.failed("pos", new InvalidPosCredentialsException("MissingKeys", "lacks apiToken")));

    var status = RetailerStatusFactory.build(Retailers.beauty("aster"), outcomes, 8080, T0);

    assertThat(condition(status.getConditions(), "PosCredentialsValid").getReason())
        .isEqualTo("MissingKeys");
    assertThat(condition(status.getConditions(), "Stalled").getStatus()).isEqualTo("True");
  }

  @Test
  void lastTransitionTimeStaysWhileTheStatusDoesNotChange() {
    var retailer = Retailers.beauty("aster");
    retailer.setStatus(RetailerStatusFactory.build(retailer, TestOutcomes.allReady(), 8080, T0));

    var again = RetailerStatusFactory.build(retailer, TestOutcomes.allReady(), 8080, T1);

    assertThat(again).isEqualTo(retailer.getStatus());
    assertThat(condition(again.getConditions(), "Ready").getLastTransitionTime())
        .isEqualTo(T0.toString());
  }

  private static Condition condition(java.util.List<Condition> conditions, String type) {
    return Conditions.find(conditions, type).orElseThrow();
  }
}
