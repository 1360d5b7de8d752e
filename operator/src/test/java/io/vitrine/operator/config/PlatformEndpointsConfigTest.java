package io.vitrine.operator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The operator's committed configuration has no default for where the platform services are: it
 * starts only when the environment says so, and otherwise names every variable that is missing.
 */
class PlatformEndpointsConfigTest {

  private static final List<String> REQUIRED =
      List.of(
          "VITRINE_OPERATOR_POSTGRES_JDBC_URL",
          "VITRINE_OPERATOR_POSTGRES_TENANT_HOST",
          "VITRINE_OPERATOR_POSTGRES_TENANT_PORT",
          "VITRINE_OPERATOR_POSTGRES_ADMIN_USER",
          "VITRINE_OPERATOR_POSTGRES_ADMIN_PASSWORD",
          "VITRINE_OPERATOR_OPENSEARCH_URL",
          "VITRINE_OPERATOR_KEYCLOAK_URL",
          "VITRINE_OPERATOR_KEYCLOAK_ADMIN_USER",
          "VITRINE_OPERATOR_KEYCLOAK_ADMIN_PASSWORD");

  @Test
  void withoutTheEnvironmentTheErrorNamesEveryMissingVariable() {
    assertThatThrownBy(() -> config(Map.of()))
        .hasMessageContainingAll(REQUIRED.toArray(String[]::new));
  }

  @Test
  void oneMissingVariableIsNamedAlone() {
    var environment = environment();
    environment.remove("VITRINE_OPERATOR_OPENSEARCH_URL");

    assertThatThrownBy(() -> config(environment))
        .hasMessageContaining("VITRINE_OPERATOR_OPENSEARCH_URL")
        .hasMessageNotContaining("VITRINE_OPERATOR_KEYCLOAK_URL");
  }

  @Test
  void theEnvironmentSaysWhereThePlatformIs() throws IOException {
    OperatorConfig config = config(environment()).getConfigMapping(OperatorConfig.class);

    assertThat(config.postgres().jdbcUrl()).isEqualTo("jdbc:postgresql://pg.example:5432/vitrine");
    assertThat(config.postgres().tenantPort()).isEqualTo(6432);
    assertThat(config.postgres().database()).isEqualTo("vitrine");
    assertThat(config.opensearch().url()).isEqualTo("http://opensearch.example:9200");
    assertThat(config.keycloak().adminUser())
        .isEqualTo("VITRINE_OPERATOR_KEYCLOAK_ADMIN_USER-value");
  }

  private static Map<String, String> environment() {
    var environment = new HashMap<String, String>();
    REQUIRED.forEach(name -> environment.put(name, name + "-value"));
    environment.put(
        "VITRINE_OPERATOR_POSTGRES_JDBC_URL", "jdbc:postgresql://pg.example:5432/vitrine");
    environment.put("VITRINE_OPERATOR_POSTGRES_TENANT_PORT", "6432");
    environment.put("VITRINE_OPERATOR_OPENSEARCH_URL", "http://opensearch.example:9200");
    environment.put("VITRINE_OPERATOR_KEYCLOAK_URL", "http://keycloak.example:8080");
    return environment;
  }

  private static SmallRyeConfig config(Map<String, String> environment) throws IOException {
    return new SmallRyeConfigBuilder()
        .addDefaultInterceptors()
        .withSources(
            new PropertiesConfigSource(
                PlatformEndpointsConfigTest.class.getResource("/application.properties"), 250))
        .withSources(new EnvConfigSource(environment, 300))
        .withConverter(Duration.class, 100, new DurationConverter())
        .withMapping(OperatorConfig.class)
        .build();
  }
}
