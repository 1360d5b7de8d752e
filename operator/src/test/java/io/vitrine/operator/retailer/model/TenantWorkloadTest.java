package io.vitrine.operator.retailer.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.vitrine.operator.retailer.Retailers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantWorkloadTest {

  private static final String IMAGE = "registry.example/tenant-service:1";

  @Test
  void runsRestrictedInTheTenantNamespaceWithTheRequestedReplicas() {
    var deployment = TenantWorkload.deployment(Retailers.beauty("aster"), IMAGE, 8080, List.of());

    assertThat(deployment.getMetadata().getNamespace()).isEqualTo("vitrine-aster");
    assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
    var pod = deployment.getSpec().getTemplate().getSpec();
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    var container = pod.getContainers().get(0);
    assertThat(container.getImage()).isEqualTo(IMAGE);
    assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(container.getEnv()).allSatisfy(env -> assertThat(env.getValue()).isNull());
  }

  @Test
  void suspendedTenantHasNoPods() {
    var retailer = Retailers.beauty("aster");
    retailer.getSpec().setSuspend(true);

    assertThat(TenantWorkload.deployment(retailer, IMAGE, 8080, List.of()).getSpec().getReplicas())
        .isZero();
  }

  @Test
  void rotatingASecretChangesThePodTemplate() {
    var before =
        TenantWorkload.deployment(
            Retailers.beauty("aster"), IMAGE, 8080, List.of(secret("a", "one")));
    var same =
        TenantWorkload.deployment(
            Retailers.beauty("aster"), IMAGE, 8080, List.of(secret("a", "one")));
    var after =
        TenantWorkload.deployment(
            Retailers.beauty("aster"), IMAGE, 8080, List.of(secret("a", "two")));

    assertThat(hash(same)).isEqualTo(hash(before));
    assertThat(hash(after)).isNotEqualTo(hash(before));
  }

  @Test
  void serviceAndBudgetSelectTheTenantServicePodsOnly() {
    var names = new TenantNames("aster");

    assertThat(TenantWorkload.service(names, 8080).getSpec().getSelector())
        .isEqualTo(names.workloadSelector());
    assertThat(TenantWorkload.podDisruptionBudget(names).getSpec().getSelector().getMatchLabels())
        .isEqualTo(names.workloadSelector());
  }

  private static String hash(io.fabric8.kubernetes.api.model.apps.Deployment deployment) {
    return deployment
        .getSpec()
        .getTemplate()
        .getMetadata()
        .getAnnotations()
        .get(TenantWorkload.SECRETS_HASH);
  }

  private static Secret secret(String name, String value) {
    return new SecretBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .withData(Map.of("k", value))
        .build();
  }
}
