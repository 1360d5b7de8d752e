package io.vitrine.operator.retailer.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.vitrine.api.v1alpha1.JvmProfile;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.retailer.Retailers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantWorkloadTest {

  private static final String IMAGE = "registry.example/tenant-service:1";
  private static final PlatformEndpoints PLATFORM =
      new PlatformEndpoints("10.0.0.5", 5432, "vitrine", "http://search:9200", "http://sso:8080");

  @Test
  void runsRestrictedInTheTenantNamespaceWithTheRequestedReplicas() {
    var deployment = deployment(Retailers.beauty("aster"), List.of());

    assertThat(deployment.getMetadata().getNamespace()).isEqualTo("vitrine-aster");
    assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
    var pod = deployment.getSpec().getTemplate().getSpec();
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    var container = pod.getContainers().get(0);
    assertThat(container.getImage()).isEqualTo(IMAGE);
    assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(container.getEnv())
        .filteredOn(env -> env.getValue() != null)
        .extracting(EnvVar::getName)
        .containsExactly("QUARKUS_FLYWAY_MIGRATE_AT_START");
  }

  @Test
  void everyContainerWritesOnlyToAnEmptyDirAtTmp() {
    var pod = deployment(Retailers.beauty("aster"), List.of()).getSpec().getTemplate().getSpec();

    assertThat(pod.getVolumes())
        .singleElement()
        .satisfies(volume -> assertThat(volume.getEmptyDir()).isNotNull());
    String volume = pod.getVolumes().get(0).getName();
    assertThat(
            java.util.stream.Stream.concat(
                pod.getInitContainers().stream(), pod.getContainers().stream()))
        .hasSize(2)
        .allSatisfy(
            container -> {
              assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
              assertThat(container.getVolumeMounts())
                  .singleElement()
                  .satisfies(
                      mount -> {
                        assertThat(mount.getName()).isEqualTo(volume);
                        assertThat(mount.getMountPath()).isEqualTo("/tmp");
                      });
            });
  }

  @Test
  void anInitContainerMigratesTheSchemaBeforeTheServiceStarts() {
    var pod = deployment(Retailers.beauty("aster"), List.of()).getSpec().getTemplate().getSpec();

    var migration = pod.getInitContainers().get(0);
    var service = pod.getContainers().get(0);
    assertThat(migration.getName()).isEqualTo(TenantWorkload.MIGRATION);
    assertThat(migration.getImage()).isEqualTo(service.getImage());
    assertThat(migration.getEnvFrom()).isEqualTo(service.getEnvFrom());
    assertThat(migration.getEnv())
        .contains(new EnvVar("QUARKUS_INIT_AND_EXIT", "true", null))
        .containsAll(service.getEnv().stream().filter(env -> env.getValueFrom() != null).toList());
    assertThat(service.getEnv())
        .contains(new EnvVar("QUARKUS_FLYWAY_MIGRATE_AT_START", "false", null));
    assertThat(migration.getSecurityContext()).isEqualTo(service.getSecurityContext());
  }

  @Test
  void thePodsReadThePseudonymKeyFromItsOwnSecretNeverFromThePosCredentials() {
    var service =
        deployment(Retailers.beauty("aster"), List.of())
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0);

    assertThat(service.getEnv())
        .filteredOn(env -> env.getName().equals("VITRINE_POS_PSEUDONYM_KEY"))
        .singleElement()
        .satisfies(
            env -> {
              var reference = env.getValueFrom().getSecretKeyRef();
              assertThat(reference.getName()).isEqualTo(SecretNames.PSEUDONYM_KEY);
              assertThat(reference.getKey()).isEqualTo(SecretNames.PSEUDONYM_KEY_VALUE);
              assertThat(reference.getOptional()).isFalse();
            });
  }

  @Test
  void suspendedTenantHasNoPods() {
    var retailer = Retailers.beauty("aster");
    retailer.getSpec().setSuspend(true);

    assertThat(deployment(retailer, List.of()).getSpec().getReplicas()).isZero();
  }

  @Test
  void rotatingASecretChangesThePodTemplate() {
    var before = deployment(Retailers.beauty("aster"), List.of(secret("a", "one")));
    var same = deployment(Retailers.beauty("aster"), List.of(secret("a", "one")));
    var after = deployment(Retailers.beauty("aster"), List.of(secret("a", "two")));

    assertOnlyAChangeRolls(TenantWorkload.SECRETS_HASH, before, same, after);
  }

  @Test
  void changingWhatTheConfigMapHoldsChangesThePodTemplate() {
    var retailer = Retailers.beauty("aster");
    var before = deployment(retailer, List.of());
    var same = deployment(retailer, List.of());

    retailer.getSpec().getTenantService().setJvmProfile(JvmProfile.Throughput);
    var after = deployment(retailer, List.of());

    assertOnlyAChangeRolls(TenantWorkload.CONFIG_HASH, before, same, after);
  }

  @Test
  void serviceAndBudgetSelectTheTenantServicePodsOnly() {
    var names = new TenantNames("aster");

    assertThat(TenantWorkload.service(names, 8080).getSpec().getSelector())
        .isEqualTo(names.workloadSelector());
    assertThat(TenantWorkload.podDisruptionBudget(names).getSpec().getSelector().getMatchLabels())
        .isEqualTo(names.workloadSelector());
  }

  private static Deployment deployment(RetailerIntegration retailer, List<Secret> secrets) {
    return TenantWorkload.deployment(
        retailer, IMAGE, 8080, TenantConfig.desired(retailer, PLATFORM), secrets);
  }

  /** The annotation is the same for the same inputs, and differs once an input changed. */
  private static void assertOnlyAChangeRolls(
      String annotation, Deployment before, Deployment same, Deployment after) {
    assertThat(hash(same, annotation)).isEqualTo(hash(before, annotation));
    assertThat(hash(after, annotation)).isNotEqualTo(hash(before, annotation));
  }

  private static String hash(Deployment deployment, String annotation) {
    return deployment.getSpec().getTemplate().getMetadata().getAnnotations().get(annotation);
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
