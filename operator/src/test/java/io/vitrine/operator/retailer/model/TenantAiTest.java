package io.vitrine.operator.retailer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.vitrine.api.v1alpha1.AiSpec;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.api.v1alpha1.SecretReference;
import io.vitrine.operator.retailer.Retailers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How {@code spec.ai} reaches tenant-service: endpoint in the ConfigMap, API key from a Secret. */
class TenantAiTest {

  private static final PlatformEndpoints PLATFORM =
      new PlatformEndpoints("10.0.0.5", 5432, "vitrine", "http://search:9200", "http://sso:8080");
  private final TenantNames names = new TenantNames("aster");

  @Test
  void withoutSpecAiTenantServiceGetsNoEndpointAndFallsBack() {
    var data = TenantConfig.desired(Retailers.beauty("aster"), PLATFORM).getData();

    assertThat(data.keySet()).noneMatch(key -> key.startsWith("QUARKUS_LANGCHAIN4J"));
    assertThat(TenantSecrets.aiCredentials(names, AiCredentials.check(null, null)).getData())
        .isNullOrEmpty();
  }

  @Test
  void theEndpointReachesTheConfigMapButTheKeyNever() {
    var retailer = withAi(new SecretReference("vitrine-system", "aster-openai"));

    var data = TenantConfig.desired(retailer, PLATFORM).getData();

    assertThat(data)
        .containsEntry("QUARKUS_LANGCHAIN4J_OPENAI_ENABLE_INTEGRATION", "true")
        .containsEntry("QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL", "https://models.example.com/v1")
        .containsEntry("QUARKUS_LANGCHAIN4J_OPENAI_CHAT_MODEL_MODEL_NAME", "gpt-4o-mini")
        .containsEntry("QUARKUS_LANGCHAIN4J_OPENAI_TIMEOUT", "PT20S")
        .doesNotContainKey("QUARKUS_LANGCHAIN4J_OPENAI_API_KEY");
  }

  @Test
  void thePodsReadTheKeyFromTheTenantsCopyAndStartWithoutOne() {
    var deployment =
        TenantWorkload.deployment(
            withAi(null),
            "registry.example/tenant-service:1",
            8080,
            TenantConfig.desired(withAi(null), PLATFORM),
            List.of());

    for (var container : deployment.getSpec().getTemplate().getSpec().getInitContainers()) {
      assertReadsOptionalKey(container.getEnv());
    }
    for (var container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
      assertReadsOptionalKey(container.getEnv());
    }
  }

  @Test
  void theCopyHoldsOnlyTheApiKey() {
    var ai = withAi(new SecretReference("vitrine-system", "aster-openai")).getSpec().getAi();
    var source =
        new SecretBuilder().withData(Map.of("apiKey", "c2stdGVzdA==", "other", "eA==")).build();

    var copy = TenantSecrets.aiCredentials(names, AiCredentials.check(ai, source));

    assertThat(copy.getMetadata().getName()).isEqualTo(SecretNames.AI_CREDENTIALS);
    assertThat(copy.getMetadata().getNamespace()).isEqualTo("vitrine-aster");
    assertThat(copy.getData()).containsExactly(Map.entry("apiKey", "c2stdGVzdA=="));
  }

  @Test
  void aMissingSecretOrKeyIsNamedNeverItsValue() {
    var ai = withAi(new SecretReference("vitrine-system", "aster-openai")).getSpec().getAi();
    var empty = new SecretBuilder().withData(Map.of("token", "c2VjcmV0LXZhbHVl")).build();

    assertThatThrownBy(() -> AiCredentials.check(ai, null))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessage("Secret vitrine-system/aster-openai (spec.ai.apiKeySecretRef) does not exist");
    assertThatThrownBy(() -> AiCredentials.check(ai, empty))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessageContaining("apiKey")
        .hasMessageNotContaining("c2VjcmV0LXZhbHVl");
    assertThat(AiCredentials.check(withAi(null).getSpec().getAi(), null))
        .isEqualTo(Optional.empty());
  }

  @Test
  void theTenantMayReachTheEndpointsPort() {
    var ai = new AiSpec();
    assertThat(AiEndpoint.egressPort(null)).isEmpty();
    ai.setBaseUrl("https://models.example.com/v1");
    assertThat(AiEndpoint.egressPort(ai)).contains(443);
    ai.setBaseUrl("http://llama.models.svc:8080/v1");
    assertThat(AiEndpoint.egressPort(ai)).contains(8080);

    var policy = TenantNetworkPolicies.tenantService(names, 8080, List.of(15432, 8080));
    assertThat(policy.getSpec().getEgress().get(1).getPorts())
        .extracting(port -> port.getPort().getIntVal())
        .contains(8080);
  }

  private static void assertReadsOptionalKey(List<io.fabric8.kubernetes.api.model.EnvVar> env) {
    assertThat(env)
        .filteredOn(var -> var.getName().equals("QUARKUS_LANGCHAIN4J_OPENAI_API_KEY"))
        .singleElement()
        .satisfies(
            var -> {
              var reference = var.getValueFrom().getSecretKeyRef();
              assertThat(reference.getName()).isEqualTo(SecretNames.AI_CREDENTIALS);
              assertThat(reference.getKey()).isEqualTo(SecretNames.AI_API_KEY);
              assertThat(reference.getOptional()).isTrue();
            });
  }

  private static RetailerIntegration withAi(SecretReference key) {
    var retailer = Retailers.beauty("aster");
    var ai = new AiSpec();
    ai.setBaseUrl("https://models.example.com/v1");
    ai.setModel("gpt-4o-mini");
    ai.setTimeoutSeconds(20);
    ai.setApiKeySecretRef(key);
    retailer.getSpec().setAi(ai);
    return retailer;
  }
}
