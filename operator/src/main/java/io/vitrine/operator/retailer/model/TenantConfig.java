package io.vitrine.operator.retailer.model;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.vitrine.api.v1alpha1.JvmProfile;
import io.vitrine.api.v1alpha1.MessagingSpec;
import io.vitrine.api.v1alpha1.PosSpec;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.platform.keycloak.RealmSpec;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything tenant-service needs that is not a secret, as environment variables in the names
 * Quarkus reads directly (so that a local process configured from this ConfigMap behaves as the
 * pod).
 */
public final class TenantConfig {

  private TenantConfig() {}

  public static ConfigMap desired(RetailerIntegration retailer, PlatformEndpoints platform) {
    var names = TenantNames.of(retailer);
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(SecretNames.CONFIG)
        .withNamespace(names.namespace())
        .withLabels(names.labels("config"))
        .endMetadata()
        .withData(environment(retailer, platform))
        .build();
  }

  /**
   * One tenant per pod and a small footprint: the serial collector, half the container's memory for
   * the heap, small thread stacks and code cache, and the C heap the JIT compilers freed given back
   * to the system every 5 s (glibc keeps it otherwise: about 25 MB of an idle tenant-service).
   * Needs JDK 17.0.9 or newer.
   */
  static final String JVM_OPTIONS =
      "-XX:+UseSerialGC -XX:MaxRAMPercentage=50 -Xss512k -XX:ReservedCodeCacheSize=64m"
          + " -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError";

  /**
   * The client compiler alone: about 4 MB less resident at idle, and no server compilations
   * competing for the cores while the service starts and warms up; checkout latency stays within
   * its goal, at about 2.5 times the tail latency (make bench-startup and bench-recommend).
   */
  static final String COMPACT_JIT = " -XX:TieredStopAtLevel=1";

  static String jvmOptions(JvmProfile profile) {
    return profile == JvmProfile.Throughput ? JVM_OPTIONS : JVM_OPTIONS + COMPACT_JIT;
  }

  static Map<String, String> environment(RetailerIntegration retailer, PlatformEndpoints platform) {
    var names = TenantNames.of(retailer);
    var spec = retailer.getSpec();
    var env = new TreeMap<String, String>();
    env.put("VITRINE_RETAILER_ID", names.retailerId());
    env.put("VITRINE_DISPLAY_NAME", spec.getDisplayName());
    env.put("VITRINE_SEGMENT", spec.getSegment().name().toLowerCase());
    env.put(
        "QUARKUS_DATASOURCE_REACTIVE_URL",
        "postgresql://%s:%d/%s"
            .formatted(platform.postgresHost(), platform.postgresPort(), platform.database()));
    env.put(
        "QUARKUS_DATASOURCE_JDBC_URL",
        "jdbc:postgresql://%s:%d/%s"
            .formatted(platform.postgresHost(), platform.postgresPort(), platform.database()));
    env.put("QUARKUS_DATASOURCE_USERNAME", names.databaseRole());
    env.put("VITRINE_DATABASE_SCHEMA", names.databaseSchema());
    env.put("VITRINE_OPENSEARCH_URL", platform.opensearchUrl());
    env.put("VITRINE_CATALOG_INDEX_ALIAS", names.indexAlias());
    env.put("VITRINE_KEYCLOAK_URL", platform.keycloakUrl());
    env.put("VITRINE_KEYCLOAK_REALM", names.realm());
    env.put("QUARKUS_OIDC_AUTH_SERVER_URL", platform.keycloakUrl() + "/realms/" + names.realm());
    env.put("QUARKUS_OIDC_CLIENT_ID", RealmSpec.ADMIN_API_CLIENT);
    env.put("VITRINE_KEYCLOAK_SERVICE_CLIENT_ID", RealmSpec.SERVICE_CLIENT);
    env.putAll(pos(spec.getPos()));
    putIfSet(
        env, "VITRINE_FEATURE_DEFAULTS", features(spec.getTenantService().getFeatureDefaults()));
    env.putAll(messaging(spec.getTenantService().getMessaging()));
    // StoreRollout flags: tenant-service watches the operator's ConfigMaps in its namespace.
    env.put("VITRINE_FEATURES_KUBERNETES_ENABLED", "true");
    env.put("VITRINE_FEATURES_KUBERNETES_NAMESPACE", names.namespace());
    env.put("JAVA_TOOL_OPTIONS", jvmOptions(spec.getTenantService().getJvmProfile()));
    return env;
  }

  private static Map<String, String> pos(PosSpec pos) {
    var env = new TreeMap<String, String>();
    env.put("VITRINE_POS_PROVIDER", pos.getProvider().name().toLowerCase().replace('_', '-'));
    putIfSet(env, "VITRINE_POS_SHOP_DOMAIN", pos.getShopDomain());
    putIfSet(env, "VITRINE_POS_MERCHANT_ID", pos.getMerchantId());
    putIfSet(env, "VITRINE_POS_DOMAIN_PREFIX", pos.getDomainPrefix());
    putIfSet(env, "VITRINE_POS_ACCOUNT_ID", pos.getAccountId());
    putIfSet(env, "VITRINE_POS_SQUARE_NOTIFICATION_URL", pos.getNotificationUrl());
    return env;
  }

  private static Map<String, String> messaging(MessagingSpec messaging) {
    var env = new TreeMap<String, String>();
    if (messaging != null) {
      putIfSet(env, "VITRINE_MESSAGES_EMAIL_URL", messaging.getEmailUrl());
      putIfSet(env, "VITRINE_MESSAGES_SMS_URL", messaging.getSmsUrl());
    }
    return env;
  }

  private static String features(Map<String, Boolean> defaults) {
    return new TreeMap<>(defaults)
        .entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(","));
  }

  private static void putIfSet(Map<String, String> env, String key, String value) {
    if (value != null && !value.isBlank()) {
      env.put(key, value);
    }
  }
}
