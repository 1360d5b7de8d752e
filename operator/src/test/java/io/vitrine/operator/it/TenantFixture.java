package io.vitrine.operator.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.vitrine.api.v1alpha1.DeletionPolicy;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.retailer.Retailers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates retailers for a test, waits on their conditions, and deletes them afterwards. */
final class TenantFixture {

  static final Duration READY_WITHIN = Duration.ofSeconds(60);

  private final KubernetesClient client;
  private final List<String> created = new ArrayList<>();

  TenantFixture(KubernetesClient client) {
    this.client = client;
  }

  RetailerIntegration newRetailer(DeletionPolicy policy) {
    var retailer = Retailers.beauty("it-" + UUID.randomUUID().toString().substring(0, 8));
    retailer.getMetadata().setGeneration(null);
    retailer.getSpec().setDeletionPolicy(policy);
    return retailer;
  }

  RetailerIntegration apply(RetailerIntegration retailer) {
    track(retailer);
    createPosSecret(retailer);
    return client.resource(retailer).create();
  }

  void track(RetailerIntegration retailer) {
    created.add(retailer.getMetadata().getName());
  }

  void createPosSecret(RetailerIntegration retailer) {
    writePosSecret(retailer, "token-" + UUID.randomUUID(), "key");
  }

  /** Creates or replaces the retailer's POS credentials Secret, as a platform team would. */
  void writePosSecret(RetailerIntegration retailer, String apiToken, String webhookSigningKey) {
    var reference = retailer.getSpec().getPos().getCredentialsSecretRef();
    client
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(reference.getName())
                .withNamespace(reference.getNamespace())
                .endMetadata()
                .withStringData(
                    Map.of("apiToken", apiToken, "webhookSigningKey", webhookSigningKey))
                .build())
        .serverSideApply();
  }

  RetailerIntegration awaitReady(RetailerIntegration retailer) {
    awaitCondition(retailer, "Ready", "True");
    return get(retailer);
  }

  void awaitCondition(RetailerIntegration retailer, String type, String status) {
    await()
        .atMost(READY_WITHIN)
        .pollInterval(Duration.ofMillis(250))
        .until(() -> status.equals(status(get(retailer), type)));
  }

  RetailerIntegration get(RetailerIntegration retailer) {
    return client
        .resources(RetailerIntegration.class)
        .withName(retailer.getMetadata().getName())
        .get();
  }

  String secretValue(String namespace, String secret, String key) {
    var data = client.secrets().inNamespace(namespace).withName(secret).get().getData();
    return new String(Base64.getDecoder().decode(data.get(key)));
  }

  /** A merge patch carries no resourceVersion, so the operator's own writes cannot conflict. */
  void patchSpec(String name, String specJson) {
    client
        .resources(RetailerIntegration.class)
        .withName(name)
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\": " + specJson + "}");
  }

  static String status(RetailerIntegration retailer, String type) {
    var condition = condition(retailer, type);
    return condition == null ? null : condition.getStatus();
  }

  static String reason(RetailerIntegration retailer, String type) {
    var condition = condition(retailer, type);
    return condition == null ? null : condition.getReason();
  }

  static Condition condition(RetailerIntegration retailer, String type) {
    if (retailer == null || retailer.getStatus() == null) {
      return null;
    }
    return retailer.getStatus().getConditions().stream()
        .filter(c -> type.equals(c.getType()))
        .findFirst()
        .orElse(null);
  }

  void deleteAll() {
    for (String name : created) {
      var resource = client.resources(RetailerIntegration.class).withName(name);
      var retailer = resource.get();
      if (retailer != null && retailer.getSpec().isPreventDeletion()) {
        patchSpec(name, "{\"preventDeletion\": false}");
      }
      resource.delete();
    }
    for (String name : created) {
      client
          .resources(RetailerIntegration.class)
          .withName(name)
          .waitUntilCondition(r -> r == null, 60, SECONDS);
    }
    created.clear();
  }
}
