package io.vitrine.operator.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.operator.platform.keycloak.KeycloakRealms;
import io.vitrine.operator.platform.opensearch.OpenSearchCatalogs;
import io.vitrine.operator.platform.postgres.PostgresTenants;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Port 1 on the loopback refuses connections: no server is needed. */
class PlatformUnavailableTest {

  private static final String SECRET = "not-to-be-leaked-8d1f";

  @Test
  void unreachablePostgresql() {
    var tenants = new PostgresTenants("jdbc:postgresql://127.0.0.1:1/vitrine", "admin", SECRET);

    assertThatThrownBy(() -> tenants.find("acme", "acme_app"))
        .isInstanceOfSatisfying(
            PlatformUnavailableException.class,
            e -> assertThat(e.service()).isEqualTo("postgresql"))
        .message()
        .doesNotContain(SECRET);
  }

  @Test
  void unreachableOpenSearch() {
    try (var catalogs =
        new OpenSearchCatalogs("http://127.0.0.1:1", Optional.of("admin"), Optional.of(SECRET))) {
      assertThatThrownBy(() -> catalogs.find("catalog-acme"))
          .isInstanceOfSatisfying(
              PlatformUnavailableException.class,
              e -> assertThat(e.service()).isEqualTo("opensearch"))
          .message()
          .doesNotContain(SECRET);
    }
  }

  @Test
  void unreachableKeycloak() {
    try (var realms =
        new KeycloakRealms("http://127.0.0.1:1", "master", "admin-cli", "admin", SECRET)) {
      assertThatThrownBy(() -> realms.find("acme"))
          .isInstanceOfSatisfying(
              PlatformUnavailableException.class,
              e -> assertThat(e.service()).isEqualTo("keycloak"))
          .message()
          .doesNotContain(SECRET);
    }
  }
}
