package io.vitrine.bench;

import io.vitrine.operator.platform.keycloak.KeycloakRealms;
import io.vitrine.operator.platform.keycloak.RealmSpec;
import io.vitrine.operator.platform.opensearch.AttributeFamily;
import io.vitrine.operator.platform.opensearch.CatalogIndexSpec;
import io.vitrine.operator.platform.opensearch.OpenSearchCatalogs;
import io.vitrine.operator.platform.postgres.PostgresTenants;
import io.vitrine.testing.LocalStack;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The baseline: the same external parts a tenant needs (schema and role, catalog index, realm),
 * created directly with the platform clients, one tenant after the other, then dropped.
 */
final class RawPlatformBaseline {

  record Result(Map<String, Double> meanMillis) {
    double meanMillis(String part) {
      return meanMillis.getOrDefault(part, 0.0);
    }

    double totalMillis() {
      return meanMillis.values().stream().mapToDouble(Double::doubleValue).sum();
    }
  }

  private final PostgresTenants postgres;
  private final OpenSearchCatalogs opensearch;
  private final KeycloakRealms keycloak;

  RawPlatformBaseline(LocalStack stack) {
    postgres =
        new PostgresTenants(
            stack.jdbcUrl(),
            stack.get("VITRINE_PG_ADMIN_USER"),
            stack.get("VITRINE_PG_ADMIN_PASSWORD"));
    opensearch =
        new OpenSearchCatalogs(
            stack.get("VITRINE_OPENSEARCH_URL"), Optional.empty(), Optional.empty());
    keycloak =
        new KeycloakRealms(
            stack.get("VITRINE_KEYCLOAK_URL"),
            "master",
            "admin-cli",
            stack.get("VITRINE_KEYCLOAK_ADMIN_USER"),
            stack.get("VITRINE_KEYCLOAK_ADMIN_PASSWORD"));
  }

  Result measure(int tenants) {
    var totals = new HashMap<String, Double>();
    for (int i = 0; i < tenants; i++) {
      String id = "raw-%03d".formatted(i);
      String schema = "raw_" + i;
      time(totals, "database", () -> postgres.apply(schema, schema, "raw-password-" + id));
      time(totals, "catalog-index", () -> opensearch.apply(index(id)));
      time(totals, "realm", () -> keycloak.apply(realm(id)));
      postgres.drop(schema, schema);
      opensearch.drop("catalog-" + id);
      keycloak.drop("vitrine-" + id);
    }
    var means = new HashMap<String, Double>();
    totals.forEach((part, total) -> means.put(part, total / tenants));
    keycloak.close();
    return new Result(means);
  }

  private static CatalogIndexSpec index(String id) {
    return new CatalogIndexSpec("catalog-" + id, 1, 0, Set.of(AttributeFamily.BEAUTY), 384);
  }

  private static RealmSpec realm(String id) {
    return new RealmSpec(
        "vitrine-" + id,
        "Raw " + id,
        Duration.ofMinutes(5),
        Duration.ofMinutes(30),
        true,
        5,
        Set.of(),
        List.of(),
        "raw-admin-api-secret",
        "raw-service-secret");
  }

  private static void time(Map<String, Double> totals, String part, Runnable action) {
    long start = System.nanoTime();
    action.run();
    totals.merge(part, (System.nanoTime() - start) / 1e6, Double::sum);
  }
}
