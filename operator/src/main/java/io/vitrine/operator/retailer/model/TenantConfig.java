package io.vitrine.operator.retailer.model;

import static io.vitrine.api.config.TenantServiceProperties.AI_BASE_URL;
import static io.vitrine.api.config.TenantServiceProperties.AI_ENABLED;
import static io.vitrine.api.config.TenantServiceProperties.AI_MODEL_NAME;
import static io.vitrine.api.config.TenantServiceProperties.AI_TIMEOUT;
import static io.vitrine.api.config.TenantServiceProperties.CATALOG_INDEX_ALIAS;
import static io.vitrine.api.config.TenantServiceProperties.DATABASE_SCHEMA;
import static io.vitrine.api.config.TenantServiceProperties.DATASOURCE_JDBC_URL;
import static io.vitrine.api.config.TenantServiceProperties.DATASOURCE_REACTIVE_URL;
import static io.vitrine.api.config.TenantServiceProperties.DATASOURCE_USERNAME;
import static io.vitrine.api.config.TenantServiceProperties.DISPLAY_NAME;
import static io.vitrine.api.config.TenantServiceProperties.FEATURES_KUBERNETES_ENABLED;
import static io.vitrine.api.config.TenantServiceProperties.FEATURES_KUBERNETES_NAMESPACE;
import static io.vitrine.api.config.TenantServiceProperties.FEATURE_DEFAULTS;
import static io.vitrine.api.config.TenantServiceProperties.KEYCLOAK_REALM;
import static io.vitrine.api.config.TenantServiceProperties.KEYCLOAK_SERVICE_CLIENT_ID;
import static io.vitrine.api.config.TenantServiceProperties.KEYCLOAK_URL;
import static io.vitrine.api.config.TenantServiceProperties.MESSAGES_EMAIL_URL;
import static io.vitrine.api.config.TenantServiceProperties.MESSAGES_SMS_URL;
import static io.vitrine.api.config.TenantServiceProperties.OIDC_AUTH_SERVER_URL;
import static io.vitrine.api.config.TenantServiceProperties.OIDC_CLIENT_ID;
import static io.vitrine.api.config.TenantServiceProperties.OPENSEARCH_URL;
import static io.vitrine.api.config.TenantServiceProperties.POS_ACCOUNT_ID;
import static io.vitrine.api.config.TenantServiceProperties.POS_DOMAIN_PREFIX;
import static io.vitrine.api.config.TenantServiceProperties.POS_MERCHANT_ID;
import static io.vitrine.api.config.TenantServiceProperties.POS_PROVIDER;
import static io.vitrine.api.config.TenantServiceProperties.POS_SHOP_DOMAIN;
import static io.vitrine.api.config.TenantServiceProperties.POS_SQUARE_NOTIFICATION_URL;
import static io.vitrine.api.config.TenantServiceProperties.RETAILER_ID;
import static io.vitrine.api.config.TenantServiceProperties.SEGMENT;
import static io.vitrine.api.config.TenantServiceProperties.environmentVariable;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.vitrine.api.config.TenantServiceProperties;
import io.vitrine.api.v1alpha1.AiSpec;
import io.vitrine.api.v1alpha1.JvmProfile;
import io.vitrine.api.v1alpha1.MessagingSpec;
import io.vitrine.api.v1alpha1.PosSpec;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.platform.keycloak.RealmSpec;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything tenant-service needs that is not a secret, as environment variables in the names
 * Quarkus reads directly (so that a local process configured from this ConfigMap behaves as the
 * pod), for the properties of {@link TenantServiceProperties}.
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
    env.put(environmentVariable(RETAILER_ID), names.retailerId());
    env.put(environmentVariable(DISPLAY_NAME), spec.getDisplayName());
    env.put(environmentVariable(SEGMENT), spec.getSegment().name().toLowerCase());
    env.put(
        environmentVariable(DATASOURCE_REACTIVE_URL),
        "postgresql://%s:%d/%s"
            .formatted(platform.postgresHost(), platform.postgresPort(), platform.database()));
    env.put(
        environmentVariable(DATASOURCE_JDBC_URL),
        "jdbc:postgresql://%s:%d/%s"
            .formatted(platform.postgresHost(), platform.postgresPort(), platform.database()));
    env.put(environmentVariable(DATASOURCE_USERNAME), names.databaseRole());
    env.put(environmentVariable(DATABASE_SCHEMA), names.databaseSchema());
    env.put(environmentVariable(OPENSEARCH_URL), platform.opensearchUrl());
    env.put(environmentVariable(CATALOG_INDEX_ALIAS), names.indexAlias());
    env.put(environmentVariable(KEYCLOAK_URL), platform.keycloakUrl());
    env.put(environmentVariable(KEYCLOAK_REALM), names.realm());
    env.put(
        environmentVariable(OIDC_AUTH_SERVER_URL),
        platform.keycloakUrl() + "/realms/" + names.realm());
    env.put(environmentVariable(OIDC_CLIENT_ID), RealmSpec.ADMIN_API_CLIENT);
    env.put(environmentVariable(KEYCLOAK_SERVICE_CLIENT_ID), RealmSpec.SERVICE_CLIENT);
    env.putAll(pos(spec.getPos()));
    putIfSet(
        env,
        environmentVariable(FEATURE_DEFAULTS),
        features(spec.getTenantService().getFeatureDefaults()));
    env.putAll(messaging(spec.getTenantService().getMessaging()));
    env.putAll(ai(spec.getAi()));
    // StoreRollout flags: tenant-service watches the operator's ConfigMaps in its namespace.
    env.put(environmentVariable(FEATURES_KUBERNETES_ENABLED), "true");
    env.put(environmentVariable(FEATURES_KUBERNETES_NAMESPACE), names.namespace());
    env.put("JAVA_TOOL_OPTIONS", jvmOptions(spec.getTenantService().getJvmProfile()));
    return env;
  }

  private static Map<String, String> pos(PosSpec pos) {
    var env = new TreeMap<String, String>();
    env.put(
        environmentVariable(POS_PROVIDER),
        pos.getProvider().name().toLowerCase().replace('_', '-'));
    putIfSet(env, environmentVariable(POS_SHOP_DOMAIN), pos.getShopDomain());
    putIfSet(env, environmentVariable(POS_MERCHANT_ID), pos.getMerchantId());
    putIfSet(env, environmentVariable(POS_DOMAIN_PREFIX), pos.getDomainPrefix());
    putIfSet(env, environmentVariable(POS_ACCOUNT_ID), pos.getAccountId());
    putIfSet(env, environmentVariable(POS_SQUARE_NOTIFICATION_URL), pos.getNotificationUrl());
    return env;
  }

  private static Map<String, String> messaging(MessagingSpec messaging) {
    var env = new TreeMap<String, String>();
    if (messaging != null) {
      putIfSet(env, environmentVariable(MESSAGES_EMAIL_URL), messaging.getEmailUrl());
      putIfSet(env, environmentVariable(MESSAGES_SMS_URL), messaging.getSmsUrl());
    }
    return env;
  }

  /** The model endpoint; its API key comes from the ai-credentials Secret, not from here. */
  private static Map<String, String> ai(AiSpec ai) {
    var env = new TreeMap<String, String>();
    if (ai != null) {
      env.put(environmentVariable(AI_ENABLED), "true");
      env.put(environmentVariable(AI_BASE_URL), ai.getBaseUrl());
      env.put(environmentVariable(AI_MODEL_NAME), ai.getModel());
      env.put(
          environmentVariable(AI_TIMEOUT), Duration.ofSeconds(ai.getTimeoutSeconds()).toString());
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
