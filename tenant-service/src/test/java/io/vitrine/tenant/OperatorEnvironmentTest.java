package io.vitrine.tenant;

import static io.vitrine.api.config.TenantServiceProperties.CATALOG_INDEX_ALIAS;
import static io.vitrine.api.config.TenantServiceProperties.KEYCLOAK_REALM;
import static io.vitrine.api.config.TenantServiceProperties.KEYCLOAK_SERVICE_CLIENT_ID;
import static io.vitrine.api.config.TenantServiceProperties.KEYCLOAK_SERVICE_CLIENT_SECRET;
import static io.vitrine.api.config.TenantServiceProperties.KEYCLOAK_URL;
import static io.vitrine.api.config.TenantServiceProperties.MESSAGES_EMAIL_URL;
import static io.vitrine.api.config.TenantServiceProperties.MESSAGES_SMS_URL;
import static io.vitrine.api.config.TenantServiceProperties.OPENSEARCH_URL;
import static io.vitrine.api.config.TenantServiceProperties.POS_ACCOUNT_ID;
import static io.vitrine.api.config.TenantServiceProperties.POS_API_TOKEN;
import static io.vitrine.api.config.TenantServiceProperties.POS_DOMAIN_PREFIX;
import static io.vitrine.api.config.TenantServiceProperties.POS_MERCHANT_ID;
import static io.vitrine.api.config.TenantServiceProperties.POS_PROVIDER;
import static io.vitrine.api.config.TenantServiceProperties.POS_PSEUDONYM_KEY;
import static io.vitrine.api.config.TenantServiceProperties.POS_SHOP_DOMAIN;
import static io.vitrine.api.config.TenantServiceProperties.POS_SQUARE_NOTIFICATION_URL;
import static io.vitrine.api.config.TenantServiceProperties.POS_WEBHOOK_SIGNING_KEY;
import static io.vitrine.api.config.TenantServiceProperties.environmentVariable;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vitrine.tenant.associates.KeycloakConfig;
import io.vitrine.tenant.catalog.CatalogConfig;
import io.vitrine.tenant.common.opensearch.OpenSearchConfig;
import io.vitrine.tenant.messages.MessagesConfig;
import io.vitrine.tenant.pos.PosConfig;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * tenant-service's configuration mappings read the environment variables the operator sets, under
 * the names of the contracts' {@code TenantServiceProperties} (the mappings name their properties
 * by method, where no constant can be used).
 */
class OperatorEnvironmentTest {

  private static final List<String> MAPPED =
      List.of(
          OPENSEARCH_URL,
          CATALOG_INDEX_ALIAS,
          KEYCLOAK_URL,
          KEYCLOAK_REALM,
          KEYCLOAK_SERVICE_CLIENT_ID,
          KEYCLOAK_SERVICE_CLIENT_SECRET,
          POS_PROVIDER,
          POS_SHOP_DOMAIN,
          POS_MERCHANT_ID,
          POS_DOMAIN_PREFIX,
          POS_ACCOUNT_ID,
          POS_SQUARE_NOTIFICATION_URL,
          POS_API_TOKEN,
          POS_WEBHOOK_SIGNING_KEY,
          POS_PSEUDONYM_KEY);

  private final SmallRyeConfig config = configFrom(operatorEnvironment());

  @Test
  void thePlatformAndTheRealmAreReadWhereTheOperatorPutsThem() {
    assertThat(config.getConfigMapping(OpenSearchConfig.class).url()).isEqualTo(OPENSEARCH_URL);
    assertThat(config.getConfigMapping(CatalogConfig.class).indexAlias())
        .isEqualTo(CATALOG_INDEX_ALIAS);
    KeycloakConfig keycloak = config.getConfigMapping(KeycloakConfig.class);
    assertThat(keycloak.url()).isEqualTo(KEYCLOAK_URL);
    assertThat(keycloak.realm()).isEqualTo(KEYCLOAK_REALM);
    assertThat(keycloak.serviceClientId()).isEqualTo(KEYCLOAK_SERVICE_CLIENT_ID);
    assertThat(keycloak.serviceClientSecret()).isEqualTo(KEYCLOAK_SERVICE_CLIENT_SECRET);
  }

  @Test
  void thePosSettingsAndCredentialsAreReadWhereTheOperatorPutsThem() {
    PosConfig pos = config.getConfigMapping(PosConfig.class);

    assertThat(pos.provider()).contains(POS_PROVIDER);
    assertThat(pos.shopDomain()).contains(POS_SHOP_DOMAIN);
    assertThat(pos.merchantId()).contains(POS_MERCHANT_ID);
    assertThat(pos.domainPrefix()).contains(POS_DOMAIN_PREFIX);
    assertThat(pos.accountId()).contains(POS_ACCOUNT_ID);
    assertThat(pos.square().notificationUrl()).contains(POS_SQUARE_NOTIFICATION_URL);
    assertThat(pos.apiToken()).contains(POS_API_TOKEN);
    assertThat(pos.webhookSigningKey()).contains(POS_WEBHOOK_SIGNING_KEY);
    assertThat(pos.pseudonymKey()).contains(POS_PSEUDONYM_KEY);
  }

  @Test
  void theMessageDeliveryUrlsAreReadWhereTheOperatorPutsThem() {
    var environment = operatorEnvironment();
    environment.put(environmentVariable(MESSAGES_EMAIL_URL), "http://mailer/v1/email");
    environment.put(environmentVariable(MESSAGES_SMS_URL), "http://mailer/v1/sms");

    MessagesConfig messages = configFrom(environment).getConfigMapping(MessagesConfig.class);

    assertThat(messages.email().url()).contains(URI.create("http://mailer/v1/email"));
    assertThat(messages.sms().url()).contains(URI.create("http://mailer/v1/sms"));
  }

  /** Each mapped property's variable, set to the property's name so that a mix-up shows. */
  private static Map<String, String> operatorEnvironment() {
    var environment = new HashMap<String, String>();
    MAPPED.forEach(property -> environment.put(environmentVariable(property), property));
    return environment;
  }

  private static SmallRyeConfig configFrom(Map<String, String> environment) {
    return new SmallRyeConfigBuilder()
        .withSources(new EnvConfigSource(environment, 300))
        // As in Quarkus, where durations such as the mappings' defaults (5s, 2m) are valid.
        .withConverter(Duration.class, 200, new DurationConverter())
        .withMapping(OpenSearchConfig.class)
        .withMapping(CatalogConfig.class)
        .withMapping(KeycloakConfig.class)
        .withMapping(PosConfig.class)
        .withMapping(MessagesConfig.class)
        .build();
  }
}
