package io.vitrine.tenant.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when OpenSearch answers and the tenant's catalog alias exists. */
@Readiness
@ApplicationScoped
public class CatalogIndexReadiness implements HealthCheck {

  static final String NAME = "OpenSearch catalog index";

  private final CatalogIndex catalog;

  public CatalogIndexReadiness(CatalogIndex catalog) {
    this.catalog = catalog;
  }

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named(NAME).withData("alias", catalog.alias());
    try {
      return catalog.reachable()
          ? response.up().build()
          : response.down().withData("reason", "the alias does not exist").build();
    } catch (IOException | RuntimeException e) {
      return response.down().withData("reason", "OpenSearch cannot be reached").build();
    }
  }
}
