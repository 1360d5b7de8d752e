package io.vitrine.e2e;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.vitrine.e2e.cluster.E2eCluster;
import io.vitrine.e2e.cluster.LocalScripts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole platform as a platform team uses it: the operator as a process (as its ServiceAccount),
 * a RetailerIntegration applied as plain YAML would be, and the tenant's tenant-service started
 * from nothing but the ConfigMap and Secrets the operator created.
 */
@ExtendWith(E2eCluster.class)
class TenantServiceE2E {

  private static final ResourceDefinitionContext RETAILERS =
      new ResourceDefinitionContext.Builder()
          .withGroup("vitrine.io")
          .withVersion("v1alpha1")
          .withKind("RetailerIntegration")
          .withPlural("retailerintegrations")
          .withNamespaced(false)
          .build();

  private static KubernetesClient kube;
  private static final String RETAILER = "e2e-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  static void startOperator() throws Exception {
    kube = E2eCluster.client();
    script("operator.sh", "up");
  }

  @Test
  void aNewRetailersTenantServiceRunsOnWhatTheOperatorCreated() throws Exception {
    createPosSecret();
    kube.genericKubernetesResources(RETAILERS).resource(retailer()).create();
    kube.genericKubernetesResources(RETAILERS)
        .withName(RETAILER)
        .waitUntilCondition(TenantServiceE2E::ready, 90, SECONDS);

    String started = script("tenants.sh", "up", RETAILER);
    var url = Pattern.compile("http://127\\.0\\.0\\.1:\\d+").matcher(started);
    assertThat(url.find()).as(started).isTrue();
    var health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url.group() + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .contains("\"status\": \"UP\"", "Reactive PostgreSQL connections health check");
  }

  private static void createPosSecret() {
    kube.resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(RETAILER + "-pos")
                .withNamespace("vitrine-system")
                .endMetadata()
                .withStringData(
                    Map.of("apiToken", UUID.randomUUID().toString(), "webhookSigningKey", "k"))
                .build())
        .serverSideApply();
  }

  private static GenericKubernetesResource retailer() {
    var resource = new GenericKubernetesResource();
    resource.setApiVersion("vitrine.io/v1alpha1");
    resource.setKind("RetailerIntegration");
    resource.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName(RETAILER).build());
    resource.setAdditionalProperty(
        "spec",
        Map.of(
            "retailerId",
            RETAILER,
            "displayName",
            "End to end",
            "segment",
            "beauty",
            "deletionPolicy",
            "Delete",
            "pos",
            Map.of(
                "provider",
                "shopify",
                "shopDomain",
                RETAILER + ".myshopify.com",
                "credentialsSecretRef",
                Map.of("namespace", "vitrine-system", "name", RETAILER + "-pos")),
            "tenantService",
            Map.of("replicas", 1)));
    return resource;
  }

  @SuppressWarnings("unchecked")
  private static boolean ready(GenericKubernetesResource resource) {
    if (resource == null
        || !(resource.getAdditionalProperties().get("status") instanceof Map<?, ?> status)) {
      return false;
    }
    var conditions = (List<Map<String, Object>>) status.get("conditions");
    return conditions != null
        && conditions.stream()
            .anyMatch(c -> "Ready".equals(c.get("type")) && "True".equals(c.get("status")));
  }

  private static String script(String name, String... args)
      throws IOException, InterruptedException {
    return LocalScripts.run(name, args);
  }

  @AfterAll
  static void cleanUp() throws Exception {
    script("tenants.sh", "forget", RETAILER);
    kube.genericKubernetesResources(RETAILERS).withName(RETAILER).delete();
    kube.genericKubernetesResources(RETAILERS)
        .withName(RETAILER)
        .waitUntilCondition(r -> r == null, 90, SECONDS);
    kube.secrets().inNamespace("vitrine-system").withName(RETAILER + "-pos").delete();
    script("operator.sh", "down");
    kube.close();
  }
}
