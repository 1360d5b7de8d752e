package io.vitrine.operator.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vitrine.api.v1alpha1.DeletionPolicy;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stops a real platform service under a ready tenant and starts it again. */
@QuarkusTest
@QuarkusTestResource(LocalStackOperatorResource.class)
class PlatformOutageIT {

  private static final Path KEYCLOAK = Path.of("..", "src", "local", "keycloak.sh");

  private final KubernetesClient client = LocalStackOperatorResource.admin();

  private TenantFixture tenants;

  @BeforeEach
  void fixture() {
    tenants = new TenantFixture(client);
  }

  @Test
  void keycloakOutageMakesTheRealmNotReadyAndTheTenantHealsWhenItReturns() throws Exception {
    var retailer = tenants.awaitReady(tenants.apply(tenants.newRetailer(DeletionPolicy.Delete)));

    try {
      keycloak("down");
      tenants.awaitCondition(retailer, "RealmReady", "False");
      var degraded = tenants.get(retailer);
      assertThat(TenantFixture.reason(degraded, "RealmReady")).isEqualTo("KeycloakUnavailable");
      assertThat(TenantFixture.status(degraded, "Ready")).isEqualTo("False");
      assertThat(TenantFixture.status(degraded, "Stalled")).isEqualTo("False");
    } finally {
      keycloak("up");
    }

    tenants.awaitReady(retailer);
    assertThat(TenantFixture.status(tenants.get(retailer), "RealmReady")).isEqualTo("True");
  }

  private static void keycloak(String action) throws IOException, InterruptedException {
    var process = new ProcessBuilder("bash", KEYCLOAK.toString(), action).inheritIO().start();
    assertThat(process.waitFor()).as("keycloak.sh " + action).isZero();
  }

  @AfterEach
  void deleteRetailers() {
    tenants.deleteAll();
  }
}
