package io.vitrine.operator.it;

import static io.vitrine.operator.it.TenantFixture.READY_WITHIN;
import static io.vitrine.operator.it.TenantFixture.condition;
import static io.vitrine.operator.it.TenantFixture.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vitrine.api.v1alpha1.AiSpec;
import io.vitrine.api.v1alpha1.DeletionPolicy;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.api.v1alpha1.SecretReference;
import io.vitrine.operator.platform.keycloak.KeycloakRealms;
import io.vitrine.operator.platform.opensearch.OpenSearchCatalogs;
import io.vitrine.operator.platform.postgres.PostgresTenants;
import io.vitrine.operator.retailer.model.TenantNames;
import io.vitrine.operator.retailer.model.TenantSecrets;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(LocalStackOperatorResource.class)
class RetailerIntegrationIT {

  private final KubernetesClient client = LocalStackOperatorResource.admin();
  @Inject PostgresTenants postgres;
  @Inject OpenSearchCatalogs opensearch;
  @Inject KeycloakRealms keycloak;

  private TenantFixture tenants;

  @BeforeEach
  void fixture() {
    tenants = new TenantFixture(client);
  }

  @Test
  void appliedRetailerBecomesAReadyTenantWithEveryPart() {
    var retailer = tenants.apply(tenants.newRetailer(DeletionPolicy.Delete));
    var names = TenantNames.of(retailer);

    var ready = tenants.awaitReady(retailer);

    assertThat(ready.getStatus().getConditions())
        .filteredOn(c -> c.getType().endsWith("Ready") || c.getType().equals("PosCredentialsValid"))
        .hasSize(7)
        .allSatisfy(c -> assertThat(c.getStatus()).as(c.getType()).isEqualTo("True"));
    assertThat(ready.getStatus().getObservedGeneration())
        .isEqualTo(ready.getMetadata().getGeneration());
    assertThat(client.namespaces().withName(names.namespace()).get().getMetadata().getLabels())
        .containsEntry(TenantNames.RETAILER_LABEL, names.retailerId());
    assertThat(client.secrets().inNamespace(names.namespace()).withName("pos-credentials").get())
        .isNotNull();
    assertThat(client.secrets().inNamespace(names.namespace()).withName("pseudonym-key").get())
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
    assertThat(hasEvent(retailer, "Ready")).isTrue();
  }

  @Test
  void theRetailersModelEndpointReachesTheTenantAndItsKeyOnlyTheTenantsSecret() {
    var retailer = tenants.newRetailer(DeletionPolicy.Delete);
    var posSecret = retailer.getSpec().getPos().getCredentialsSecretRef();
    var keySecret = new SecretReference(posSecret.getNamespace(), posSecret.getName() + "-ai");
    retailer.getSpec().setAi(ai("https://models.example.com/v1", keySecret));
    String key = "sk-" + java.util.UUID.randomUUID();
    client
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(keySecret.getName())
                .withNamespace(keySecret.getNamespace())
                .endMetadata()
                .withStringData(java.util.Map.of("apiKey", key))
                .build())
        .serverSideApply();
    var names = TenantNames.of(tenants.apply(retailer));

    tenants.awaitReady(retailer);

    var config = client.configMaps().inNamespace(names.namespace()).withName("tenant-config").get();
    assertThat(config.getData())
        .containsEntry("QUARKUS_LANGCHAIN4J_OPENAI_ENABLE_INTEGRATION", "true")
        .containsEntry("QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL", "https://models.example.com/v1")
        .containsEntry("QUARKUS_LANGCHAIN4J_OPENAI_CHAT_MODEL_MODEL_NAME", "gpt-4o-mini")
        .doesNotContainValue(key);
    Secret copy = client.secrets().inNamespace(names.namespace()).withName("ai-credentials").get();
    assertThat(TenantSecrets.value(copy, "apiKey")).contains(key);
  }

  @Test
  void invalidSpecIsRefusedByTheApiServerWithAClearMessage() {
    var missingShop = tenants.newRetailer(DeletionPolicy.Delete);
    missingShop.getSpec().getPos().setShopDomain(null);
    var badId = tenants.newRetailer(DeletionPolicy.Delete);
    badId.getSpec().setRetailerId("Not_A_DNS_Label");
    var unknownFeature = tenants.newRetailer(DeletionPolicy.Delete);
    unknownFeature.getSpec().getTenantService().getFeatureDefaults().put("teleportation", true);
    var plainHttpModel = tenants.newRetailer(DeletionPolicy.Delete);
    plainHttpModel.getSpec().setAi(ai("http://models.example.com/v1", null));

    assertThatThrownBy(() -> client.resource(missingShop).create())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("pos.shopDomain is required for provider shopify");
    assertThatThrownBy(() -> client.resource(badId).create())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("spec.retailerId");
    assertThatThrownBy(() -> client.resource(unknownFeature).create())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("featureDefaults names a feature Vitrine does not have");
    assertThatThrownBy(() -> client.resource(plainHttpModel).create())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("ai.baseUrl must be an https:// URL");
  }

  private static AiSpec ai(String baseUrl, SecretReference key) {
    var ai = new AiSpec();
    ai.setBaseUrl(baseUrl);
    ai.setModel("gpt-4o-mini");
    ai.setApiKeySecretRef(key);
    return ai;
  }

  @Test
  void retailerIdCannotChange() {
    var retailer = tenants.apply(tenants.newRetailer(DeletionPolicy.Delete));
    String name = retailer.getMetadata().getName();

    assertThatThrownBy(() -> tenants.patchSpec(name, "{\"retailerId\": \"" + name + "x\"}"))
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("retailerId is immutable");
  }

  @Test
  void realmRemovedOutOfBandComesBack() {
    var retailer = tenants.apply(tenants.newRetailer(DeletionPolicy.Delete));
    tenants.awaitReady(retailer);
    var names = TenantNames.of(retailer);

    keycloak.drop(names.realm());

    // Keycloak may answer errors while it removes the realm; the repair then waits for a later
    // poll or a retry (up to 30 s apart), so healing may take longer than a first reconciliation.
    Duration healedWithin = READY_WITHIN.multipliedBy(2);
    await().atMost(healedWithin).until(() -> keycloak.find(names.realm()).isPresent());
    await().atMost(healedWithin).until(() -> hasEvent(retailer, "DriftCorrected"));
  }

  @Test
  void deletePolicyRemovesTheExternalParts() {
    var retailer = tenants.apply(tenants.newRetailer(DeletionPolicy.Delete));
    tenants.awaitReady(retailer);
    var names = TenantNames.of(retailer);

    client.resource(retailer).delete();

    await().atMost(READY_WITHIN).until(() -> tenants.get(retailer) == null);
    assertThat(postgres.find(names.databaseSchema(), names.databaseRole())).isEmpty();
    assertThat(opensearch.find(names.indexAlias())).isEmpty();
    assertThat(keycloak.find(names.realm())).isEmpty();
    assertThat(keptPseudonymKey(names).get()).isNull();
  }

  @Test
  void retainPolicyKeepsTheExternalPartsAndSaysSo() {
    var retailer = tenants.apply(tenants.newRetailer(DeletionPolicy.Retain));
    tenants.awaitReady(retailer);
    var names = TenantNames.of(retailer);

    client.resource(retailer).delete();

    await().atMost(READY_WITHIN).until(() -> tenants.get(retailer) == null);
    try {
      assertThat(postgres.find(names.databaseSchema(), names.databaseRole())).isPresent();
      assertThat(opensearch.find(names.indexAlias())).isPresent();
      assertThat(keycloak.find(names.realm())).isPresent();
      assertThat(keptPseudonymKey(names).get()).as("the key of the kept pseudonyms").isNotNull();
      assertThat(hasEvent(retailer, "Retained")).isTrue();
    } finally {
      postgres.drop(names.databaseSchema(), names.databaseRole());
      opensearch.drop(names.indexAlias());
      keycloak.drop(names.realm());
      keptPseudonymKey(names).delete();
    }
  }

  private Resource<Secret> keptPseudonymKey(TenantNames names) {
    return client
        .secrets()
        .inNamespace(LocalStackOperatorResource.OPERATOR_NAMESPACE)
        .withName(names.keptPseudonymKey());
  }

  @Test
  void preventDeletionRefusesTheDelete() {
    var protectedRetailer = tenants.newRetailer(DeletionPolicy.Delete);
    protectedRetailer.getSpec().setPreventDeletion(true);
    var retailer = tenants.apply(protectedRetailer);

    assertThatThrownBy(() -> client.resource(retailer).delete())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("set it to false before deleting");
    assertThat(tenants.get(retailer)).isNotNull();
  }

  @Test
  void missingPosSecretKeepsTheTenantStalledWithTheReasonUntilItExists() {
    var retailer = tenants.newRetailer(DeletionPolicy.Delete);
    tenants.track(retailer);
    client.resource(retailer).create();

    await()
        .atMost(READY_WITHIN)
        .until(
            () -> reason(tenants.get(retailer), "PosCredentialsValid"), "SecretNotFound"::equals);
    assertThat(condition(tenants.get(retailer), "Stalled").getStatus()).isEqualTo("True");
    assertThat(hasEvent(retailer, "PosCredentialsValid")).isTrue();

    tenants.createPosSecret(retailer);
    tenants.awaitReady(retailer);
  }

  private boolean hasEvent(RetailerIntegration retailer, String reason) {
    return client.v1().events().inNamespace("default").list().getItems().stream()
        .filter(e -> retailer.getMetadata().getName().equals(e.getInvolvedObject().getName()))
        .map(Event::getReason)
        .anyMatch(reason::equals);
  }

  @AfterEach
  void deleteRetailers() {
    tenants.deleteAll();
  }
}
