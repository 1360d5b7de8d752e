package io.vitrine.operator.retailer.model;

import io.vitrine.operator.config.OperatorConfig;
import java.net.URI;
import java.util.List;

/** Where a tenant's workload reaches the shared platform services. */
public record PlatformEndpoints(
    String postgresHost,
    int postgresPort,
    String database,
    String opensearchUrl,
    String keycloakUrl) {

  public static PlatformEndpoints from(OperatorConfig config) {
    return new PlatformEndpoints(
        config.postgres().tenantHost(),
        config.postgres().tenantPort(),
        config.postgres().database(),
        config.opensearch().tenantUrl().orElse(config.opensearch().url()),
        config.keycloak().tenantUrl().orElse(config.keycloak().url()));
  }

  /** The ports a tenant must be allowed to call out to. */
  public List<Integer> ports() {
    return List.of(postgresPort, port(opensearchUrl), port(keycloakUrl));
  }

  private static int port(String url) {
    URI uri = URI.create(url);
    if (uri.getPort() > 0) {
      return uri.getPort();
    }
    return "https".equals(uri.getScheme()) ? 443 : 80;
  }
}
