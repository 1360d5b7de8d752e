package io.vitrine.tenant.associates;

import io.smallrye.config.ConfigMapping;

/**
 * The tenant's realm and the service-account client tenant-service manages its users with, as the
 * operator configures the pod (VITRINE_KEYCLOAK_URL, VITRINE_KEYCLOAK_REALM,
 * VITRINE_KEYCLOAK_SERVICE_CLIENT_ID and, from the keycloak-clients Secret,
 * VITRINE_KEYCLOAK_SERVICE_CLIENT_SECRET).
 */
@ConfigMapping(prefix = "vitrine.keycloak")
public interface KeycloakConfig {

  String url();

  String realm();

  String serviceClientId();

  String serviceClientSecret();
}
