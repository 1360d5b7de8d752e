package io.vitrine.operator.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.platform.PlatformUnavailableException;
import io.vitrine.operator.retailer.RetailerWorkflow;
import io.vitrine.operator.retailer.Retailers;
import io.vitrine.operator.retailer.model.InvalidPosCredentialsException;
import io.vitrine.operator.retailer.status.Outcome;
import io.vitrine.operator.retailer.status.RetailerStatusFactory;
import io.vitrine.operator.retailer.status.TestOutcomes;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs deploy/gitops/argocd/health/retailerintegration.lua, as Argo CD would, on statuses the
 * operator's own status factory produces.
 */
class ArgoCdHealthCheckTest {

  @Test
  void readyTenantIsHealthy() throws IOException {
    assertThat(health(withStatus(TestOutcomes.allReady()))).containsEntry("status", "Healthy");
  }

  @Test
  void tenantWaitingForKeycloakIsProgressing() throws IOException {
    var outcomes = TestOutcomes.allReady();
    outcomes.put(
        RetailerWorkflow.REALM,
        Outcome.failed(
            "realm",
            new PlatformUnavailableException("keycloak", new ConnectException("refused"))));

    assertThat(health(withStatus(outcomes)))
        .containsEntry("status", "Progressing")
        .hasEntrySatisfying("message", m -> assertThat(m).startsWith("KeycloakUnavailable"));
  }

  @Test
  void stalledTenantIsDegraded() throws IOException {
    var outcomes = TestOutcomes.allReady();
    outcomes.put(
        RetailerWorkflow.POS_SECRET,
        Outcome.failed(
            "pos", new InvalidPosCredentialsException("MissingKeys", "Secret lacks apiToken")));

    assertThat(health(withStatus(outcomes)))
        .containsEntry("status", "Degraded")
        .hasEntrySatisfying("message", m -> assertThat(m).contains("MissingKeys"));
  }

  @Test
  void specNotYetObservedIsProgressingEvenIfTheOldStatusWasReady() throws IOException {
    var retailer = withStatus(TestOutcomes.allReady());
    retailer.getMetadata().setGeneration(2L);

    assertThat(health(retailer)).containsEntry("status", "Progressing");
  }

  @Test
  void newResourceWithoutStatusIsProgressing() throws IOException {
    assertThat(health(Retailers.beauty("aster"))).containsEntry("status", "Progressing");
  }

  private static RetailerIntegration withStatus(Map<String, Outcome> outcomes) {
    var retailer = Retailers.beauty("aster");
    retailer.setStatus(RetailerStatusFactory.build(retailer, outcomes, 8080, Instant.now()));
    return retailer;
  }

  private static Map<String, String> health(RetailerIntegration retailer) throws IOException {
    return LuaHealthCheck.run("retailerintegration.lua", retailer);
  }
}
