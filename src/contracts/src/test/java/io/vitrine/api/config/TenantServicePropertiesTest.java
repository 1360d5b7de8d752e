package io.vitrine.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantServicePropertiesTest {

  @Test
  void theVariablesAreTheOnesMicroProfileConfigReadsForTheProperties() {
    assertThat(TenantServiceProperties.environmentVariable("vitrine.pos.square.notification-url"))
        .isEqualTo("VITRINE_POS_SQUARE_NOTIFICATION_URL");
    assertThat(TenantServiceProperties.environmentVariable("quarkus.init-and-exit"))
        .isEqualTo("QUARKUS_INIT_AND_EXIT");
  }

  @Test
  void theOperatorSetsTheseVariables() {
    assertThat(properties().stream().map(TenantServiceProperties::environmentVariable))
        .containsExactlyInAnyOrder(
            "VITRINE_RETAILER_ID",
            "VITRINE_DISPLAY_NAME",
            "VITRINE_SEGMENT",
            "QUARKUS_DATASOURCE_REACTIVE_URL",
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD",
            "VITRINE_DATABASE_SCHEMA",
            "VITRINE_OPENSEARCH_URL",
            "VITRINE_CATALOG_INDEX_ALIAS",
            "VITRINE_KEYCLOAK_URL",
            "VITRINE_KEYCLOAK_REALM",
            "VITRINE_KEYCLOAK_SERVICE_CLIENT_ID",
            "VITRINE_KEYCLOAK_SERVICE_CLIENT_SECRET",
            "QUARKUS_OIDC_AUTH_SERVER_URL",
            "QUARKUS_OIDC_CLIENT_ID",
            "QUARKUS_OIDC_CREDENTIALS_SECRET",
            "VITRINE_POS_PROVIDER",
            "VITRINE_POS_SHOP_DOMAIN",
            "VITRINE_POS_MERCHANT_ID",
            "VITRINE_POS_DOMAIN_PREFIX",
            "VITRINE_POS_ACCOUNT_ID",
            "VITRINE_POS_SQUARE_NOTIFICATION_URL",
            "VITRINE_POS_API_TOKEN",
            "VITRINE_POS_WEBHOOK_SIGNING_KEY",
            "VITRINE_POS_PSEUDONYM_KEY",
            "VITRINE_FEATURE_DEFAULTS",
            "VITRINE_FEATURES_KUBERNETES_ENABLED",
            "VITRINE_FEATURES_KUBERNETES_NAMESPACE",
            "VITRINE_MESSAGES_EMAIL_URL",
            "VITRINE_MESSAGES_SMS_URL",
            "QUARKUS_LANGCHAIN4J_OPENAI_ENABLE_INTEGRATION",
            "QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL",
            "QUARKUS_LANGCHAIN4J_OPENAI_CHAT_MODEL_MODEL_NAME",
            "QUARKUS_LANGCHAIN4J_OPENAI_TIMEOUT",
            "QUARKUS_LANGCHAIN4J_OPENAI_API_KEY",
            "QUARKUS_INIT_AND_EXIT",
            "QUARKUS_FLYWAY_MIGRATE_AT_START");
  }

  @Test
  void everyPropertyIsALowerCaseDottedName() {
    assertThat(properties()).allMatch(p -> p.matches("(vitrine|quarkus)(\\.[a-z][-a-z0-9]*)+"));
  }

  private static List<String> properties() {
    return Arrays.stream(TenantServiceProperties.class.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
        .map(TenantServicePropertiesTest::value)
        .toList();
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
