package io.vitrine.kubectl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code kubectl vitrine status retailer} against the local control plane. No operator runs here,
 * so the test writes the status itself through the status subresource, as the operator would.
 */
class StatusCommandIT {

  private static final String RETAILER =
      """
      apiVersion: vitrine.io/v1alpha1
      kind: RetailerIntegration
      metadata:
        name: %1$s
      spec:
        retailerId: %1$s
        displayName: Status IT
        segment: beauty
        deletionPolicy: Delete
        pos:
          provider: shopify
          shopDomain: %1$s.myshopify.com
          credentialsSecretRef:
            namespace: vitrine-system
            name: %1$s-pos
      """;

  private KubernetesClient client;
  private String name;
  private Resource<GenericKubernetesResource> retailer;

  @BeforeEach
  void createRetailer() {
    client = Cluster.client();
    name = Cluster.uniqueName("it-status");
    retailer = client.genericKubernetesResources(Cluster.RETAILERS).withName(name);
    retailer.create(Cluster.yaml(RETAILER, name));
  }

  @AfterEach
  void deleteRetailer() {
    if (retailer.get() != null) {
      // An operator that saw the retailer may have added its finalizer; none runs to remove it.
      retailer.edit(
          r -> {
            r.getMetadata().setFinalizers(List.of());
            return r;
          });
      retailer.delete();
    }
    client.close();
  }

  @Test
  void summarisesTheTenantFromItsStatus() {
    setStatus("False", "Reconciling", "creating the Keycloak realm");

    Cli.Run run = new Cli(client).run("status", "retailer", name);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("RetailerIntegration " + name)
        .contains("Ready:        False (Reconciling): creating the Keycloak realm")
        .containsPattern("Namespace +vitrine-" + name)
        .containsPattern("PostgreSQL schema +tenant_it")
        .contains("Deletion:     policy Delete");
  }

  @Test
  void watchPrintsEveryChangeUntilTheRetailerIsDeleted() {
    setStatus("False", "Reconciling", "creating the Keycloak realm");
    Cli cli = new Cli(client);
    CompletableFuture<Cli.Run> watching =
        CompletableFuture.supplyAsync(() -> cli.run("status", "retailer", name, "--watch"));
    await().atMost(Duration.ofSeconds(20)).until(() -> cli.out().contains("(Reconciling)"));

    setStatus("True", "Reconciled", "the tenant is ready");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> cli.out().contains("Ready:        True (Reconciled)"));
    retailer.delete();

    Cli.Run run = watching.orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("retailerintegration " + name + " was deleted");
  }

  @Test
  void anUnknownRetailerIsOneClearError() {
    Cli.Run run = new Cli(client).run("status", "retailer", name + "-absent");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("error: retailerintegration " + name + "-absent not found\n");
  }

  private void setStatus(String ready, String reason, String message) {
    GenericKubernetesResource current = retailer.get();
    current.setAdditionalProperty(
        "status",
        Map.of(
            "observedGeneration",
            current.getMetadata().getGeneration(),
            "namespace",
            "vitrine-" + name,
            "realm",
            "vitrine-" + name,
            "databaseSchema",
            "tenant_it",
            "conditions",
            List.of(
                Map.of(
                    "type", "Ready",
                    "status", ready,
                    "reason", reason,
                    "message", message,
                    "lastTransitionTime",
                        Instant.now()
                            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                            .toString()))));
    retailer.updateStatus(current);
  }
}
