package io.vitrine.operator.retailer;

import io.vitrine.operator.config.OperatorConfig;
import io.vitrine.operator.platform.keycloak.KeycloakRealms;
import io.vitrine.operator.platform.opensearch.OpenSearchCatalogs;
import io.vitrine.operator.platform.postgres.PostgresTenants;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The clients of the shared platform services, built from the operator's configuration. */
public class PlatformClients {

  @Produces
  @Singleton
  PostgresTenants postgres(OperatorConfig config) {
    var postgres = config.postgres();
    return new PostgresTenants(postgres.jdbcUrl(), postgres.adminUser(), postgres.adminPassword());
  }

  @Produces
  @Singleton
  OpenSearchCatalogs opensearch(OperatorConfig config) {
    var opensearch = config.opensearch();
    return new OpenSearchCatalogs(opensearch.url(), opensearch.username(), opensearch.password());
  }

  @Produces
  @Singleton
  KeycloakRealms keycloak(OperatorConfig config) {
    var keycloak = config.keycloak();
    return new KeycloakRealms(
        keycloak.url(),
        keycloak.adminRealm(),
        keycloak.adminClientId(),
        keycloak.adminUser(),
        keycloak.adminPassword());
  }

  void close(@Disposes KeycloakRealms keycloak) {
    keycloak.close();
  }
}
