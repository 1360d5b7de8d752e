package io.vitrine.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chart lints and renders what an operator of the platform expects, for several value sets. */
class ChartRenderIT {

  private static Helm helm;

  @BeforeAll
  static void buildHelm() {
    helm = Helm.build();
  }

  @Test
  void chartLintsStrictly() {
    Helm.Result lint = helm.helm("lint", "--strict", Helm.CHART.toString());

    assertThat(lint.exitCode()).as(lint.out() + lint.err()).isZero();
    assertThat(lint.out()).contains("0 chart(s) failed");
  }

  @Test
  void defaultsRunTwoRestrictedReplicasWithTheirOwnServiceAccount() {
    Rendered rendered = new Rendered(helm.render());
    Deployment deployment = rendered.one("Deployment", Deployment.class);
    var pod = deployment.getSpec().getTemplate().getSpec();
    Container container = pod.getContainers().get(0);

    assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
    assertThat(pod.getServiceAccountName())
        .isEqualTo(rendered.one("ServiceAccount", ServiceAccount.class).getMetadata().getName());
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(pod.getVolumes()).anySatisfy(v -> assertThat(v.getEmptyDir()).isNotNull());
    assertThat(container.getImage()).isEqualTo("ghcr.io/vitrine/operator:0.1.0");
    assertThat(
            pod.getAffinity()
                .getPodAntiAffinity()
                .getPreferredDuringSchedulingIgnoredDuringExecution()
                .get(0)
                .getPodAffinityTerm()
                .getTopologyKey())
        .isEqualTo("kubernetes.io/hostname");
  }

  @Test
  void credentialsComeFromSecretsAndTheRestFromTheConfigMap() {
    Rendered rendered = new Rendered(helm.render("postgres.host=pg.example", "postgres.port=6432"));
    Map<String, EnvVar> env = env(rendered);
    ConfigMap config = rendered.one("ConfigMap", ConfigMap.class);

    assertThat(env.get("VITRINE_OPERATOR_POSTGRES_ADMIN_PASSWORD").getValueFrom().getSecretKeyRef())
        .satisfies(
            ref -> {
              assertThat(ref.getName()).isEqualTo("vitrine-postgres-admin");
              assertThat(ref.getKey()).isEqualTo("password");
            });
    assertThat(
            env.get("VITRINE_OPERATOR_KEYCLOAK_ADMIN_PASSWORD")
                .getValueFrom()
                .getSecretKeyRef()
                .getName())
        .isEqualTo("vitrine-keycloak-admin");
    assertThat(env).doesNotContainKey("VITRINE_OPERATOR_OPENSEARCH_PASSWORD");
    assertThat(
            env.get("VITRINE_LEADER_ELECTION_LEASE_NAMESPACE")
                .getValueFrom()
                .getFieldRef()
                .getFieldPath())
        .isEqualTo("metadata.namespace");
    assertThat(env.get("VITRINE_OPERATOR_NAMESPACE").getValueFrom().getFieldRef().getFieldPath())
        .isEqualTo("metadata.namespace");
    assertThat(config.getData())
        .containsEntry(
            "VITRINE_OPERATOR_POSTGRES_JDBC_URL", "jdbc:postgresql://pg.example:6432/vitrine")
        .containsEntry("VITRINE_OPERATOR_POSTGRES_TENANT_HOST", "pg.example")
        .containsEntry(
            "VITRINE_OPERATOR_TENANT_SERVICE_IMAGE", "ghcr.io/vitrine/tenant-service:0.1.0")
        .doesNotContainKeys(
            "VITRINE_OPERATOR_KEYCLOAK_ADMIN_PASSWORD", "VITRINE_OPERATOR_POSTGRES_ADMIN_PASSWORD");
  }

  @Test
  void everyVariableTheOperatorHasNoDefaultForIsSet() throws IOException {
    String properties =
        Files.readString(Helm.REPO.resolve("operator/src/main/resources/application.properties"));
    Set<String> required =
        Pattern.compile("\\$\\{(VITRINE_OPERATOR_[A-Z_]+)}")
            .matcher(properties)
            .results()
            .map(match -> match.group(1))
            .collect(Collectors.toSet());
    Rendered rendered = new Rendered(helm.render());
    Set<String> set = new HashSet<>(env(rendered).keySet());
    set.addAll(rendered.one("ConfigMap", ConfigMap.class).getData().keySet());

    assertThat(required)
        .contains("VITRINE_OPERATOR_POSTGRES_JDBC_URL", "VITRINE_OPERATOR_KEYCLOAK_URL");
    assertThat(set).containsAll(required);
  }

  @Test
  void tenantDefaultsAndOpenSearchCredentialsAreConfigurable() {
    Rendered rendered =
        new Rendered(
            helm.render(
                "tenantService.image=registry.example/tenant-service:1.2.3",
                "postgres.tenantHost=pg-pooler",
                "postgres.tenantPort=6543",
                "opensearch.credentials.secretName=opensearch-admin",
                "rollout.evaluationInterval=5s"));
    Map<String, String> config = rendered.one("ConfigMap", ConfigMap.class).getData();

    assertThat(config)
        .containsEntry(
            "VITRINE_OPERATOR_TENANT_SERVICE_IMAGE", "registry.example/tenant-service:1.2.3")
        .containsEntry("VITRINE_OPERATOR_POSTGRES_TENANT_HOST", "pg-pooler")
        .containsEntry("VITRINE_OPERATOR_POSTGRES_TENANT_PORT", "6543")
        .containsEntry("VITRINE_OPERATOR_ROLLOUT_EVALUATION_INTERVAL", "5s");
    assertThat(
            env(rendered)
                .get("VITRINE_OPERATOR_OPENSEARCH_PASSWORD")
                .getValueFrom()
                .getSecretKeyRef()
                .getName())
        .isEqualTo("opensearch-admin");
  }

  @Test
  void aConfigurationChangeRollsThePods() {
    String before = checksum(new Rendered(helm.render()));
    String after = checksum(new Rendered(helm.render("driftCheckInterval=5m")));

    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void metricsServiceAlwaysAndServiceMonitorOnRequest() {
    Rendered defaults = new Rendered(helm.render());
    Rendered monitored = new Rendered(helm.render("metrics.serviceMonitor.enabled=true"));
    GenericKubernetesResource monitor =
        monitored.objects().stream()
            .filter(o -> o.getKind().equals("ServiceMonitor"))
            .findFirst()
            .orElseThrow();

    assertThat(defaults.one("Service", Service.class).getSpec().getPorts().get(0).getName())
        .isEqualTo("metrics");
    assertThat(defaults.has("ServiceMonitor")).isFalse();
    assertThat(monitor.toString()).contains("/q/metrics");
  }

  @Test
  void disruptionBudgetKeepsOneReplicaAndCanBeTurnedOff() {
    PodDisruptionBudget budget =
        new Rendered(helm.render()).one("PodDisruptionBudget", PodDisruptionBudget.class);
    Rendered single =
        new Rendered(helm.render("replicaCount=1", "podDisruptionBudget.enabled=false"));

    assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
    assertThat(single.has("PodDisruptionBudget")).isFalse();
    assertThat(single.one("Deployment", Deployment.class).getSpec().getReplicas()).isEqualTo(1);
  }

  @Test
  void wrongValuesFailWithTheFieldAndTheRule() {
    Helm.Result result =
        helm.helm(
            "template",
            "vitrine",
            Helm.CHART.toString(),
            "--set",
            "replicaCount=0",
            "--set",
            "keycloak.url=keycloak:8080",
            "--set",
            "replicas=2");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.err())
        .contains("values don't meet the specifications of the schema")
        .contains("/replicaCount")
        .contains("/keycloak/url")
        .contains("does not match pattern")
        .contains("replicas");
  }

  @Test
  void deletionPolicyIsTheOneInDeployPoliciesAndOptional() throws IOException {
    List<GenericKubernetesResource> policy =
        Helm.parse(
            Files.readString(
                Helm.REPO.resolve("deploy/policies/retailerintegration-prevent-deletion.yaml")));
    List<GenericKubernetesResource> rendered =
        helm.render().stream()
            .filter(o -> o.getKind().startsWith("ValidatingAdmissionPolicy"))
            .toList();

    assertThat(rendered).hasSize(2).containsExactlyInAnyOrderElementsOf(policy);
    assertThat(
            new Rendered(helm.render("admissionPolicy.enabled=false"))
                .has("ValidatingAdmissionPolicy"))
        .isFalse();
  }

  @Test
  void chartCrdsAreTheGeneratedOnes() throws IOException {
    Map<String, String> generated = files(Helm.REPO.resolve("crds"));

    assertThat(files(Helm.CHART.resolve("crds"))).isEqualTo(generated).isNotEmpty();
  }

  private static Map<String, EnvVar> env(Rendered rendered) {
    return rendered
        .one("Deployment", Deployment.class)
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(0)
        .getEnv()
        .stream()
        .collect(Collectors.toMap(EnvVar::getName, Function.identity()));
  }

  private static String checksum(Rendered rendered) {
    return rendered
        .one("Deployment", Deployment.class)
        .getSpec()
        .getTemplate()
        .getMetadata()
        .getAnnotations()
        .get("checksum/config");
  }

  private static Map<String, String> files(Path directory) throws IOException {
    try (Stream<Path> paths = Files.list(directory)) {
      List<Path> files = paths.sorted().toList();
      Map<String, String> contents = new java.util.TreeMap<>();
      for (Path file : files) {
        contents.put(file.getFileName().toString(), Files.readString(file));
      }
      return contents;
    }
  }
}
