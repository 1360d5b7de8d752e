package io.vitrine.tenant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vitrine.testing.LocalStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Flyway migrated the data model into the tenant's own schema, as the tenant's own role. */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
class TenantSchemaIT {

  @ConfigProperty(name = "vitrine.database.schema")
  String schema;

  @ConfigProperty(name = "quarkus.datasource.username")
  String role;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  @Test
  void theDataModelIsInTheTenantSchemaAndNowhereElse() throws SQLException {
    try (Connection admin = TenantDatabase.asAdmin(LocalStack.load())) {
      assertThat(tables(admin, schema))
          .contains(
              "stores",
              "customers",
              "products",
              "inventory",
              "sales",
              "sale_lines",
              "loyalty_accounts",
              "webhook_events",
              "audit_log",
              "flyway_schema_history");
      assertThat(tables(admin, "public")).doesNotContain("stores", "flyway_schema_history");
      try (var statement =
          admin.prepareStatement(
              "SELECT version, success FROM "
                  + schema
                  + ".flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
        var rows = statement.executeQuery();
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString("version")).isEqualTo("1");
        assertThat(rows.getBoolean("success")).isTrue();
      }
      try (var statement =
          admin.prepareStatement(
              "SELECT pg_get_userbyid(relowner) FROM pg_class c JOIN pg_namespace n"
                  + " ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = 'stores'")) {
        statement.setString(1, schema);
        var rows = statement.executeQuery();
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo(role);
      }
    }
  }

  @Test
  void theAuditLogRefusesUpdatesAndDeletesEvenFromItsOwner() throws SQLException {
    try (Connection owner =
        DriverManager.getConnection(LocalStack.load().jdbcUrl(), role, password)) {
      try (var statement = owner.createStatement()) {
        statement.execute(
            "INSERT INTO audit_log (actor, action, target_type) VALUES ('it', 'test', 'store')");
      }
      assertThatThrownBy(() -> owner.createStatement().execute("UPDATE audit_log SET actor = 'x'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> owner.createStatement().execute("DELETE FROM audit_log"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> owner.createStatement().execute("TRUNCATE audit_log"))
          .hasMessageContaining("append-only");
    }
  }

  private static List<String> tables(Connection connection, String schema) throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = ?")) {
      statement.setString(1, schema);
      var rows = statement.executeQuery();
      var names = new ArrayList<String>();
      while (rows.next()) {
        names.add(rows.getString(1));
      }
      return names;
    }
  }
}
