package io.vitrine.api.config;

import java.util.Locale;

/**
 * The configuration the operator gives each tenant-service, by tenant-service's property names. The
 * operator sets each one as the environment variable MicroProfile Config reads for it ({@link
 * #environmentVariable}, named next to each constant): the tenant's ConfigMap holds the plain ones,
 * the tenant's Secrets the secret ones, so that a local process configured from them behaves as the
 * pod.
 */
public final class TenantServiceProperties {

  /** {@code VITRINE_RETAILER_ID}: the retailer's id (not read by tenant-service yet). */
  public static final String RETAILER_ID = "vitrine.retailer-id";

  /** {@code VITRINE_DISPLAY_NAME}: the retailer's name (not read by tenant-service yet). */
  public static final String DISPLAY_NAME = "vitrine.display-name";

  /** {@code VITRINE_SEGMENT}: beauty, luxury, ... (not read by tenant-service yet). */
  public static final String SEGMENT = "vitrine.segment";

  /** {@code QUARKUS_DATASOURCE_REACTIVE_URL}: the shared PostgreSQL, reactive client. */
  public static final String DATASOURCE_REACTIVE_URL = "quarkus.datasource.reactive.url";

  /** {@code QUARKUS_DATASOURCE_JDBC_URL}: the shared PostgreSQL, for Flyway and JDBC. */
  public static final String DATASOURCE_JDBC_URL = "quarkus.datasource.jdbc.url";

  /** {@code QUARKUS_DATASOURCE_USERNAME}: the tenant's login role. */
  public static final String DATASOURCE_USERNAME = "quarkus.datasource.username";

  /** {@code QUARKUS_DATASOURCE_PASSWORD}, secret: the tenant's login role's password. */
  public static final String DATASOURCE_PASSWORD = "quarkus.datasource.password";

  /** {@code VITRINE_DATABASE_SCHEMA}: the tenant's schema, the only one its role reaches. */
  public static final String DATABASE_SCHEMA = "vitrine.database.schema";

  /** {@code VITRINE_OPENSEARCH_URL}: the shared OpenSearch ({@code vitrine.opensearch.*}). */
  public static final String OPENSEARCH_URL = "vitrine.opensearch.url";

  /** {@code VITRINE_CATALOG_INDEX_ALIAS}: the alias of the tenant's catalog index. */
  public static final String CATALOG_INDEX_ALIAS = "vitrine.catalog.index-alias";

  /** {@code VITRINE_KEYCLOAK_URL}: the shared Keycloak ({@code vitrine.keycloak.*}). */
  public static final String KEYCLOAK_URL = "vitrine.keycloak.url";

  /** {@code VITRINE_KEYCLOAK_REALM}: the tenant's realm, which issues its bearer tokens. */
  public static final String KEYCLOAK_REALM = "vitrine.keycloak.realm";

  /** {@code VITRINE_KEYCLOAK_SERVICE_CLIENT_ID}: the realm's client for its admin API. */
  public static final String KEYCLOAK_SERVICE_CLIENT_ID = "vitrine.keycloak.service-client-id";

  /** {@code VITRINE_KEYCLOAK_SERVICE_CLIENT_SECRET}, secret: that client's secret. */
  public static final String KEYCLOAK_SERVICE_CLIENT_SECRET =
      "vitrine.keycloak.service-client-secret";

  /**
   * {@code QUARKUS_OIDC_AUTH_SERVER_URL}: the realm's URL, for quarkus-oidc (not in tenant-service,
   * which verifies tokens with smallrye-jwt from {@link #KEYCLOAK_URL} and {@link
   * #KEYCLOAK_REALM}).
   */
  public static final String OIDC_AUTH_SERVER_URL = "quarkus.oidc.auth-server-url";

  /** {@code QUARKUS_OIDC_CLIENT_ID}: the realm's admin API client, for quarkus-oidc (not used). */
  public static final String OIDC_CLIENT_ID = "quarkus.oidc.client-id";

  /** {@code QUARKUS_OIDC_CREDENTIALS_SECRET}, secret: that client's secret (not used). */
  public static final String OIDC_CREDENTIALS_SECRET = "quarkus.oidc.credentials.secret";

  /** {@code VITRINE_POS_PROVIDER}: shopify, lightspeed-x, lightspeed-r, square or clover. */
  public static final String POS_PROVIDER = "vitrine.pos.provider";

  /** {@code VITRINE_POS_SHOP_DOMAIN}: Shopify's shop domain. */
  public static final String POS_SHOP_DOMAIN = "vitrine.pos.shop-domain";

  /** {@code VITRINE_POS_MERCHANT_ID}: Square's and Clover's merchant id. */
  public static final String POS_MERCHANT_ID = "vitrine.pos.merchant-id";

  /** {@code VITRINE_POS_DOMAIN_PREFIX}: Lightspeed X-Series' domain prefix. */
  public static final String POS_DOMAIN_PREFIX = "vitrine.pos.domain-prefix";

  /** {@code VITRINE_POS_ACCOUNT_ID}: Lightspeed R-Series' account id. */
  public static final String POS_ACCOUNT_ID = "vitrine.pos.account-id";

  /** {@code VITRINE_POS_SQUARE_NOTIFICATION_URL}: the URL Square signs with each webhook. */
  public static final String POS_SQUARE_NOTIFICATION_URL = "vitrine.pos.square.notification-url";

  /** {@code VITRINE_POS_API_TOKEN}, secret: the POS API's access token. */
  public static final String POS_API_TOKEN = "vitrine.pos.api-token";

  /** {@code VITRINE_POS_WEBHOOK_SIGNING_KEY}, secret: the key POS webhooks are signed with. */
  public static final String POS_WEBHOOK_SIGNING_KEY = "vitrine.pos.webhook-signing-key";

  /**
   * {@code VITRINE_POS_PSEUDONYM_KEY}, secret: the tenant's own key of its customers' pseudonyms,
   * generated once and never rotated with the POS credentials.
   */
  public static final String POS_PSEUDONYM_KEY = "vitrine.pos.pseudonym-key";

  /**
   * {@code VITRINE_FEATURE_DEFAULTS}: whether each feature is on while no StoreRollout governs it,
   * e.g. {@code allergy-screening=true,copilot=false}.
   */
  public static final String FEATURE_DEFAULTS = "vitrine.feature-defaults";

  /** {@code VITRINE_FEATURES_KUBERNETES_ENABLED}: watch the StoreRollout flags' ConfigMaps. */
  public static final String FEATURES_KUBERNETES_ENABLED = "vitrine.features.kubernetes.enabled";

  /** {@code VITRINE_FEATURES_KUBERNETES_NAMESPACE}: where those ConfigMaps are. */
  public static final String FEATURES_KUBERNETES_NAMESPACE =
      "vitrine.features.kubernetes.namespace";

  /** {@code VITRINE_MESSAGES_EMAIL_URL}: where approved e-mail messages are delivered. */
  public static final String MESSAGES_EMAIL_URL = "vitrine.messages.email.url";

  /** {@code VITRINE_MESSAGES_SMS_URL}: where approved SMS messages are delivered. */
  public static final String MESSAGES_SMS_URL = "vitrine.messages.sms.url";

  /**
   * {@code QUARKUS_LANGCHAIN4J_OPENAI_ENABLE_INTEGRATION}: true when the RetailerIntegration
   * declares a model endpoint ({@code spec.ai}); without it every AI feature uses its deterministic
   * fallback.
   */
  public static final String AI_ENABLED = "quarkus.langchain4j.openai.enable-integration";

  /** {@code QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL}: the OpenAI-compatible endpoint, e.g. .../v1. */
  public static final String AI_BASE_URL = "quarkus.langchain4j.openai.base-url";

  /** {@code QUARKUS_LANGCHAIN4J_OPENAI_CHAT_MODEL_MODEL_NAME}: the model the endpoint serves. */
  public static final String AI_MODEL_NAME = "quarkus.langchain4j.openai.chat-model.model-name";

  /** {@code QUARKUS_LANGCHAIN4J_OPENAI_TIMEOUT}: the longest one call to the endpoint may take. */
  public static final String AI_TIMEOUT = "quarkus.langchain4j.openai.timeout";

  /**
   * {@code QUARKUS_LANGCHAIN4J_OPENAI_API_KEY}, secret: the endpoint's API key, when it has one.
   */
  public static final String AI_API_KEY = "quarkus.langchain4j.openai.api-key";

  /** {@code QUARKUS_INIT_AND_EXIT}: true in the init container that only migrates the schema. */
  public static final String INIT_AND_EXIT = "quarkus.init-and-exit";

  /** {@code QUARKUS_FLYWAY_MIGRATE_AT_START}: false in the serving container. */
  public static final String FLYWAY_MIGRATE_AT_START = "quarkus.flyway.migrate-at-start";

  private TenantServiceProperties() {}

  /**
   * The environment variable MicroProfile Config reads for a property: every character that is
   * neither a letter, a digit nor {@code _} becomes {@code _}, then upper case.
   */
  public static String environmentVariable(String property) {
    return property.replaceAll("[^A-Za-z0-9_]", "_").toUpperCase(Locale.ROOT);
  }
}
