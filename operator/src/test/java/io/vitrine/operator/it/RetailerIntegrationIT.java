package io.vitrine.operator.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vitrine.operator.api.v1alpha1.DeletionPolicy;
import io.vitrine.operator.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.platform.keycloak.KeycloakRealms;
import io.vitrine.operator.platform.opensearch.OpenSearchCatalogs;
import io.vitrine.operator.platform.postgres.PostgresTenants;
import io.vitrine.operator.retailer.Retailers;
import io.vitrine.operator.retailer.model.TenantNames;
import io.vitrine.testing.LocalStack;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(LocalStackOperatorResource.class)
class RetailerIntegrationIT {

  private static final Duration READY_WITHIN = Duration.ofSeconds(60);

  @Inject KubernetesClient client;
  @Inject PostgresTenants postgres;
  @Inject OpenSearchCatalogs opensearch;
  @Inject KeycloakRealms keycloak;

  private final LocalStack stack = LocalStack.load();
  private final List<String> created = new java.util.ArrayList<>();

  @Test
  void appliedRetailerBecomesAReadyIsolatedTenant() {
    var retailer = apply(newRetailer(DeletionPolicy.Delete));
    var names = TenantNames.of(retailer);

    var ready = awaitReady(retailer);

    assertThat(ready.getStatus().getConditions())
        .filteredOn(c -> c.getType().endsWith("Ready") || c.getType().equals("PosCredentialsValid"))
        .allSatisfy(c -> assertThat(c.getStatus()).as(c.getType()).isEqualTo("True"));
    assertThat(ready.getStatus().getObservedGeneration())
        .isEqualTo(ready.getMetadata().getGeneration());
    assertThat(client.namespaces().withName(names.namespace()).get().getMetadata().getLabels())
        .containsEntry(TenantNames.RETAILER_LABEL, names.retailerId());
    assertThat(client.secrets().inNamespace(names.namespace()).withName("pos-credentials").get())
        .isNotNull();
    assertThat(
            client
                .network()
                .v1()
                .networkPolicies()
                .inNamespace(names.namespace())
                .list()
                .getItems())
        .hasSize(2);
    Deployment deployment =
        client.apps().deployments().inNamespace(names.namespace()).withName("tenant-service").get();
    assertThat(deployment.getStatus().getReadyReplicas()).isEqualTo(2);
    assertThat(postgres.find(names.databaseSchema(), names.databaseRole())).isPresent();
    assertThat(opensearch.find(names.indexAlias())).isPresent();
    assertThat(keycloak.find(names.realm())).isPresent();
  }

  @Test
  void aTenantsDatabaseRoleCannotReadAnotherTenantsSchema() throws SQLException {
    var first = apply(newRetailer(DeletionPolicy.Delete));
    var second = apply(newRetailer(DeletionPolicy.Delete));
    awaitReady(first);
    awaitReady(second);
    var firstNames = TenantNames.of(first);
    var secondNames = TenantNames.of(second);

    execute(secondNames, "CREATE TABLE customer_note (id int)");

    execute(firstNames, "CREATE TABLE customer_note (id int)");
    assertThatThrownBy(
            () ->
                execute(
                    firstNames, "SELECT * FROM " + secondNames.databaseSchema() + ".customer_note"))
        .hasMessageContaining("permission denied for schema");
    assertThatThrownBy(() -> execute(firstNames, "CREATE TABLE public.leak (id int)"))
        .hasMessageContaining("permission denied for schema public");
  }

  private void execute(TenantNames tenant, String sql) throws SQLException {
    try (var connection =
            DriverManager.getConnection(
                stack.jdbcUrl(), tenant.databaseRole(), databasePassword(tenant));
        var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Test
  void invalidSpecIsRefusedByTheApiServerWithAClearMessage() {
    var missingShop = newRetailer(DeletionPolicy.Delete);
    missingShop.getSpec().getPos().setShopDomain(null);
    var badId = newRetailer(DeletionPolicy.Delete);
    badId.getSpec().setRetailerId("Not_A_DNS_Label");

    assertThatThrownBy(() -> client.resource(missingShop).create())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("pos.shopDomain is required for provider shopify");
    assertThatThrownBy(() -> client.resource(badId).create())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("spec.retailerId");
  }

  @Test
  void retailerIdCannotChange() {
    var retailer = apply(newRetailer(DeletionPolicy.Delete));

    assertThatThrownBy(
            () ->
                client
                    .resources(RetailerIntegration.class)
                    .withName(retailer.getMetadata().getName())
                    .edit(
                        r -> {
                          r.getSpec().setRetailerId(r.getSpec().getRetailerId() + "x");
                          return r;
                        }))
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("retailerId is immutable");
  }

  @Test
  void realmRemovedOutOfBandComesBack() {
    var retailer = apply(newRetailer(DeletionPolicy.Delete));
    awaitReady(retailer);
    var names = TenantNames.of(retailer);

    keycloak.drop(names.realm());

    await().atMost(READY_WITHIN).until(() -> keycloak.find(names.realm()).isPresent());
    await().atMost(READY_WITHIN).until(() -> hasEvent(retailer, "DriftCorrected"));
  }

  @Test
  void deletePolicyRemovesTheExternalParts() {
    var retailer = apply(newRetailer(DeletionPolicy.Delete));
    awaitReady(retailer);
    var names = TenantNames.of(retailer);

    client.resource(retailer).delete();

    await().atMost(READY_WITHIN).until(() -> get(retailer) == null);
    assertThat(postgres.find(names.databaseSchema(), names.databaseRole())).isEmpty();
    assertThat(opensearch.find(names.indexAlias())).isEmpty();
    assertThat(keycloak.find(names.realm())).isEmpty();
  }

  @Test
  void retainPolicyKeepsTheExternalPartsAndSaysSo() {
    var retailer = apply(newRetailer(DeletionPolicy.Retain));
    awaitReady(retailer);
    var names = TenantNames.of(retailer);

    client.resource(retailer).delete();

    await().atMost(READY_WITHIN).until(() -> get(retailer) == null);
    try {
      assertThat(postgres.find(names.databaseSchema(), names.databaseRole())).isPresent();
      assertThat(opensearch.find(names.indexAlias())).isPresent();
      assertThat(keycloak.find(names.realm())).isPresent();
      assertThat(hasEvent(retailer, "Retained")).isTrue();
    } finally {
      postgres.drop(names.databaseSchema(), names.databaseRole());
      opensearch.drop(names.indexAlias());
      keycloak.drop(names.realm());
    }
  }

  @Test
  void preventDeletionRefusesTheDelete() {
    var protectedRetailer = newRetailer(DeletionPolicy.Delete);
    protectedRetailer.getSpec().setPreventDeletion(true);
    var retailer = apply(protectedRetailer);

    assertThatThrownBy(() -> client.resource(retailer).delete())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("set it to false before deleting");
    assertThat(get(retailer)).isNotNull();

    client
        .resources(RetailerIntegration.class)
        .withName(retailer.getMetadata().getName())
        .edit(
            r -> {
              r.getSpec().setPreventDeletion(false);
              return r;
            });
  }

  @Test
  void missingPosSecretKeepsTheTenantNotReadyWithTheReason() {
    var retailer = newRetailer(DeletionPolicy.Delete);
    created.add(retailer.getMetadata().getName());
    client.resource(retailer).create();

    await()
        .atMost(READY_WITHIN)
        .until(() -> reason(get(retailer), "PosCredentialsValid"), "SecretNotFound"::equals);
    assertThat(condition(get(retailer), "Stalled").getStatus()).isEqualTo("True");

    createPosSecret(retailer);
    awaitReady(retailer);
  }

  private RetailerIntegration newRetailer(DeletionPolicy policy) {
    var retailer = Retailers.beauty("it-" + UUID.randomUUID().toString().substring(0, 8));
    retailer.getMetadata().setGeneration(null);
    retailer.getSpec().setDeletionPolicy(policy);
    return retailer;
  }

  private RetailerIntegration apply(RetailerIntegration retailer) {
    created.add(retailer.getMetadata().getName());
    createPosSecret(retailer);
    return client.resource(retailer).create();
  }

  private void createPosSecret(RetailerIntegration retailer) {
    var reference = retailer.getSpec().getPos().getCredentialsSecretRef();
    client
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(reference.getName())
                .withNamespace(reference.getNamespace())
                .endMetadata()
                .withStringData(
                    Map.of("apiToken", "token-" + UUID.randomUUID(), "webhookSigningKey", "key"))
                .build())
        .serverSideApply();
  }

  private RetailerIntegration awaitReady(RetailerIntegration retailer) {
    await()
        .atMost(READY_WITHIN)
        .pollInterval(Duration.ofMillis(250))
        .until(() -> "True".equals(status(get(retailer), "Ready")));
    return get(retailer);
  }

  private RetailerIntegration get(RetailerIntegration retailer) {
    return client
        .resources(RetailerIntegration.class)
        .withName(retailer.getMetadata().getName())
        .get();
  }

  private boolean hasEvent(RetailerIntegration retailer, String reason) {
    return client.v1().events().inNamespace("default").list().getItems().stream()
        .filter(e -> retailer.getMetadata().getName().equals(e.getInvolvedObject().getName()))
        .map(Event::getReason)
        .anyMatch(reason::equals);
  }

  private String databasePassword(TenantNames names) {
    Secret secret =
        client.secrets().inNamespace(names.namespace()).withName("database-credentials").get();
    return new String(Base64.getDecoder().decode(secret.getData().get("password")));
  }

  private static String status(RetailerIntegration retailer, String type) {
    var condition = condition(retailer, type);
    return condition == null ? null : condition.getStatus();
  }

  private static String reason(RetailerIntegration retailer, String type) {
    var condition = condition(retailer, type);
    return condition == null ? null : condition.getReason();
  }

  private static Condition condition(RetailerIntegration retailer, String type) {
    if (retailer == null || retailer.getStatus() == null) {
      return null;
    }
    return retailer.getStatus().getConditions().stream()
        .filter(c -> type.equals(c.getType()))
        .findFirst()
        .orElse(null);
  }

  @AfterEach
  void deleteRetailers() {
    for (String name : created) {
      var resource = client.resources(RetailerIntegration.class).withName(name);
      var retailer = resource.get();
      if (retailer != null && retailer.getSpec().isPreventDeletion()) {
        resource.edit(
            r -> {
              r.getSpec().setPreventDeletion(false);
              return r;
            });
      }
      resource.delete();
    }
    for (String name : created) {
      client
          .resources(RetailerIntegration.class)
          .withName(name)
          .waitUntilCondition(r -> r == null, 60, SECONDS);
    }
  }
}
