package io.vitrine.operator.retailer.model;

import static io.vitrine.api.config.TenantServiceProperties.AI_API_KEY;
import static io.vitrine.api.config.TenantServiceProperties.DATASOURCE_PASSWORD;
import static io.vitrine.api.config.TenantServiceProperties.FLYWAY_MIGRATE_AT_START;
import static io.vitrine.api.config.TenantServiceProperties.INIT_AND_EXIT;
import static io.vitrine.api.config.TenantServiceProperties.KEYCLOAK_SERVICE_CLIENT_SECRET;
import static io.vitrine.api.config.TenantServiceProperties.OIDC_CREDENTIALS_SECRET;
import static io.vitrine.api.config.TenantServiceProperties.POS_API_TOKEN;
import static io.vitrine.api.config.TenantServiceProperties.POS_PSEUDONYM_KEY;
import static io.vitrine.api.config.TenantServiceProperties.POS_WEBHOOK_SIGNING_KEY;
import static io.vitrine.api.config.TenantServiceProperties.environmentVariable;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapEnvSourceBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.api.v1alpha1.TenantServiceSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The tenant-service Deployment, its Service and its PodDisruptionBudget. */
public final class TenantWorkload {

  /** Pod template annotation: changes when any Secret the pods read changes, so they roll. */
  public static final String SECRETS_HASH = "vitrine.io/secrets-hash";

  /**
   * Pod template annotation: changes when the tenant's ConfigMap changes (feature defaults, message
   * delivery, JVM profile...), which the pods read only at start, so they roll.
   */
  public static final String CONFIG_HASH = "vitrine.io/config-hash";

  /** The init container that migrates the tenant's schema before tenant-service starts. */
  public static final String MIGRATION = "migrate-schema";

  /** Off in the serving container: the migration init container has run the migrations. */
  static final String MIGRATE_AT_START = environmentVariable(FLYWAY_MIGRATE_AT_START);

  /**
   * The writable /tmp of a read-only root filesystem: Vert.x refuses to start without its file
   * cache there, and request bodies such as catalog imports may spill to it.
   */
  static final String TMP = "tmp";

  private TenantWorkload() {}

  public static Deployment deployment(
      RetailerIntegration retailer,
      String defaultImage,
      int port,
      ConfigMap config,
      Collection<Secret> secrets) {
    var names = TenantNames.of(retailer);
    var spec = retailer.getSpec().getTenantService();
    String image = Objects.requireNonNullElse(spec.getImage(), defaultImage);
    var podLabels = new TreeMap<>(names.labels("workload"));
    podLabels.putAll(names.workloadSelector());
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName(TenantNames.WORKLOAD)
        .withNamespace(names.namespace())
        .withLabels(names.labels("workload"))
        .endMetadata()
        .withNewSpec()
        .withReplicas(retailer.getSpec().isSuspend() ? 0 : spec.getReplicas())
        .withNewSelector()
        .withMatchLabels(names.workloadSelector())
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(podLabels)
        .withAnnotations(
            Map.of(SECRETS_HASH, secretsHash(secrets), CONFIG_HASH, configHash(config)))
        .endMetadata()
        .withNewSpec()
        .withServiceAccountName(TenantRbac.NAME)
        .withNewSecurityContext()
        .withRunAsNonRoot(true)
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .endSecurityContext()
        .withInitContainers(migration(spec, image))
        .withContainers(tenantService(spec, image, port))
        .addNewVolume()
        .withName(TMP)
        .withNewEmptyDir()
        .withSizeLimit(new Quantity("256Mi"))
        .endEmptyDir()
        .endVolume()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  /**
   * Runs the schema migrations (Flyway, then exits: {@code quarkus.init-and-exit}) before the
   * service starts, so that the serving JVM neither loads nor runs the migration tool.
   */
  private static Container migration(TenantServiceSpec spec, String image) {
    return container(MIGRATION, spec, image)
        .addToEnv(new EnvVar(environmentVariable(INIT_AND_EXIT), "true", null))
        .build();
  }

  private static Container tenantService(TenantServiceSpec spec, String image, int port) {
    return container(TenantNames.WORKLOAD, spec, image)
        .addToEnv(new EnvVar(MIGRATE_AT_START, "false", null))
        .addNewPort()
        .withName("http")
        .withContainerPort(port)
        .endPort()
        .withReadinessProbe(probe("/q/health/ready", port))
        .withLivenessProbe(probe("/q/health/live", port))
        .build();
  }

  /** What both containers share: the image, the tenant's configuration, limits and lockdown. */
  private static ContainerBuilder container(String name, TenantServiceSpec spec, String image) {
    return new ContainerBuilder()
        .withName(name)
        .withImage(image)
        .withEnvFrom(
            new EnvFromSourceBuilder()
                .withConfigMapRef(
                    new ConfigMapEnvSourceBuilder().withName(SecretNames.CONFIG).build())
                .build())
        .withEnv(secretEnvironment())
        .withResources(resources(spec.getResources()))
        .addNewVolumeMount()
        .withName(TMP)
        .withMountPath("/tmp")
        .endVolumeMount()
        .withNewSecurityContext()
        .withAllowPrivilegeEscalation(false)
        .withReadOnlyRootFilesystem(true)
        .withNewCapabilities()
        .withDrop("ALL")
        .endCapabilities()
        .endSecurityContext();
  }

  public static Service service(TenantNames names, int port) {
    return new ServiceBuilder()
        .withNewMetadata()
        .withName(TenantNames.WORKLOAD)
        .withNamespace(names.namespace())
        .withLabels(names.labels("service"))
        .endMetadata()
        .withNewSpec()
        .withSelector(names.workloadSelector())
        .addNewPort()
        .withName("http")
        .withPort(port)
        .withTargetPort(new IntOrString("http"))
        .endPort()
        .endSpec()
        .build();
  }

  public static PodDisruptionBudget podDisruptionBudget(TenantNames names) {
    return new PodDisruptionBudgetBuilder()
        .withNewMetadata()
        .withName(TenantNames.WORKLOAD)
        .withNamespace(names.namespace())
        .withLabels(names.labels("pod-disruption-budget"))
        .endMetadata()
        .withNewSpec()
        .withMaxUnavailable(new IntOrString(1))
        .withNewSelector()
        .withMatchLabels(names.workloadSelector())
        .endSelector()
        .endSpec()
        .build();
  }

  /** SHA-256 over every Secret's name and data, in a stable order. */
  public static String secretsHash(Collection<Secret> secrets) {
    var digest = sha256();
    secrets.stream()
        .sorted((a, b) -> a.getMetadata().getName().compareTo(b.getMetadata().getName()))
        .forEach(
            secret -> {
              digest.update(secret.getMetadata().getName().getBytes(StandardCharsets.UTF_8));
              update(digest, secret.getData());
            });
    return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
  }

  /** SHA-256 over the ConfigMap's data, in a stable order. */
  static String configHash(ConfigMap config) {
    var digest = sha256();
    update(digest, config.getData());
    return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
  }

  private static void update(MessageDigest digest, Map<String, String> data) {
    new TreeMap<>(Objects.requireNonNullElse(data, Map.<String, String>of()))
        .forEach(
            (key, value) ->
                digest.update((key + "=" + value + ";").getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }

  private static List<EnvVar> secretEnvironment() {
    return List.of(
        fromSecret(DATASOURCE_PASSWORD, SecretNames.DATABASE, SecretNames.DATABASE_PASSWORD, false),
        fromSecret(
            OIDC_CREDENTIALS_SECRET,
            SecretNames.KEYCLOAK_CLIENTS,
            SecretNames.ADMIN_API_CLIENT_SECRET,
            false),
        fromSecret(
            KEYCLOAK_SERVICE_CLIENT_SECRET,
            SecretNames.KEYCLOAK_CLIENTS,
            SecretNames.SERVICE_CLIENT_SECRET,
            false),
        fromSecret(POS_API_TOKEN, SecretNames.POS_CREDENTIALS, SecretNames.POS_API_TOKEN, false),
        fromSecret(
            POS_WEBHOOK_SIGNING_KEY,
            SecretNames.POS_CREDENTIALS,
            SecretNames.POS_WEBHOOK_SIGNING_KEY,
            true),
        fromSecret(
            POS_PSEUDONYM_KEY, SecretNames.PSEUDONYM_KEY, SecretNames.PSEUDONYM_KEY_VALUE, false),
        fromSecret(AI_API_KEY, SecretNames.AI_CREDENTIALS, SecretNames.AI_API_KEY, true));
  }

  private static EnvVar fromSecret(String property, String secret, String key, boolean optional) {
    return new EnvVarBuilder()
        .withName(environmentVariable(property))
        .withNewValueFrom()
        .withNewSecretKeyRef()
        .withName(secret)
        .withKey(key)
        .withOptional(optional)
        .endSecretKeyRef()
        .endValueFrom()
        .build();
  }

  private static ResourceRequirements resources(ResourceRequirements requested) {
    if (requested != null) {
      return requested;
    }
    return new ResourceRequirementsBuilder()
        .withRequests(Map.of("cpu", new Quantity("250m"), "memory", new Quantity("256Mi")))
        .withLimits(Map.of("cpu", new Quantity("1"), "memory", new Quantity("512Mi")))
        .build();
  }

  private static Probe probe(String path, int port) {
    return new ProbeBuilder()
        .withNewHttpGet()
        .withPath(path)
        .withPort(new IntOrString(port))
        .endHttpGet()
        .withPeriodSeconds(10)
        .build();
  }
}
