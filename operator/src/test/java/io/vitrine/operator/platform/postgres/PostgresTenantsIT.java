package io.vitrine.operator.platform.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.vitrine.testing.LocalStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PostgresTenantsIT {

  private final LocalStack stack = LocalStack.load();
  private final PostgresTenants tenants =
      new PostgresTenants(
          stack.jdbcUrl(),
          stack.get("VITRINE_PG_ADMIN_USER"),
          stack.get("VITRINE_PG_ADMIN_PASSWORD"));
  private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private final String schemaA = "it_a_" + suffix;
  private final String roleA = "it_a_" + suffix + "_app";
  private final String schemaB = "it_b_" + suffix;
  private final String roleB = "it_b_" + suffix + "_app";
  private final String foreign = "it_foreign_" + suffix;
  private final String passwordA = UUID.randomUUID().toString();
  private final String passwordB = UUID.randomUUID().toString();

  @AfterEach
  void dropTenants() throws SQLException {
    tenants.drop(schemaA, roleA);
    tenants.drop(schemaB, roleB);
    asAdmin("DROP SCHEMA IF EXISTS " + foreign);
    asAdmin("DROP ROLE IF EXISTS " + foreign);
  }

  @Test
  void applyIsIdempotentAndFindReportsThePasswordFingerprint() {
    tenants.apply(schemaA, roleA, passwordA);
    tenants.apply(schemaA, roleA, passwordA);

    assertThat(tenants.find(schemaA, roleA))
        .contains(
            new TenantDatabase(schemaA, roleA, PostgresTenants.fingerprint(roleA, passwordA)));
  }

  @Test
  void findIsEmptyBeforeApply() {
    assertThat(tenants.find(schemaA, roleA)).isEmpty();
  }

  @Test
  void passwordChangeIsDetectedAndApplied() throws SQLException {
    tenants.apply(schemaA, roleA, passwordA);
    String newPassword = UUID.randomUUID().toString();

    assertThat(tenants.find(schemaA, roleA).orElseThrow().passwordFingerprint())
        .isNotEqualTo(PostgresTenants.fingerprint(roleA, newPassword));
    tenants.apply(schemaA, roleA, newPassword);

    assertThat(tenants.find(schemaA, roleA).orElseThrow().passwordFingerprint())
        .isEqualTo(PostgresTenants.fingerprint(roleA, newPassword));
    try (Connection connection = connectAs(roleA, newPassword)) {
      assertThat(connection.isValid(5)).isTrue();
    }
    assertThatExceptionOfType(SQLException.class)
        .isThrownBy(() -> connectAs(roleA, passwordA).close())
        .satisfies(e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
  }

  @Test
  void tenantRoleCreatesTablesInItsOwnSchemaOnly() throws SQLException {
    tenants.apply(schemaA, roleA, passwordA);
    tenants.apply(schemaB, roleB, passwordB);
    try (Connection b = connectAs(roleB, passwordB)) {
      execute(b, "CREATE TABLE product (sku text PRIMARY KEY)");
    }

    try (Connection a = connectAs(roleA, passwordA)) {
      execute(a, "CREATE TABLE product (sku text PRIMARY KEY)");
      execute(a, "INSERT INTO product VALUES ('AST-001')");
      assertThat(queryString(a, "SELECT current_schema() || ':' || sku FROM product"))
          .isEqualTo(schemaA + ":AST-001");
      assertPermissionDenied(a, "SELECT * FROM " + schemaB + ".product");
      assertPermissionDenied(a, "CREATE TABLE " + schemaB + ".intruder (id int)");
      assertPermissionDenied(a, "CREATE TABLE public.intruder (id int)");
    }
  }

  @Test
  void dropRemovesSchemaAndRoleEvenWhileTheTenantIsConnected() throws SQLException {
    tenants.apply(schemaA, roleA, passwordA);
    try (Connection a = connectAs(roleA, passwordA)) {
      execute(a, "CREATE TABLE product (sku text)");
      a.setAutoCommit(false);
      execute(a, "LOCK TABLE product"); // an idle transaction holding a lock on the schema

      tenants.drop(schemaA, roleA);
    }

    assertThat(tenants.find(schemaA, roleA)).isEmpty();
    assertThat(asAdminCount("SELECT count(*) FROM pg_roles WHERE rolname = '" + roleA + "'"))
        .isZero();
    assertThat(asAdminCount("SELECT count(*) FROM pg_namespace WHERE nspname = '" + schemaA + "'"))
        .isZero();
    tenants.drop(schemaA, roleA);
  }

  @Test
  void neverTakesOverARoleOrSchemaVitrineDidNotCreate() throws SQLException {
    asAdmin("CREATE ROLE " + foreign);
    asAdmin("CREATE SCHEMA " + foreign);

    assertThatIllegalStateException()
        .isThrownBy(() -> tenants.apply(schemaA, foreign, passwordA))
        .withMessageContaining("not created by Vitrine");
    assertThatIllegalStateException()
        .isThrownBy(() -> tenants.apply(foreign, roleA, passwordA))
        .withMessageContaining("belongs to role");
    assertThatIllegalStateException().isThrownBy(() -> tenants.drop(foreign, roleA));
    assertThat(asAdminCount("SELECT count(*) FROM pg_namespace WHERE nspname = '" + foreign + "'"))
        .isOne();
    assertThat(tenants.find(schemaA, roleA)).isEmpty();
  }

  private void assertPermissionDenied(Connection connection, String sql) {
    assertThatExceptionOfType(SQLException.class)
        .isThrownBy(() -> execute(connection, sql))
        .satisfies(e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("42501"));
  }

  private Connection connectAs(String role, String password) throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(), role, password);
  }

  private void asAdmin(String sql) throws SQLException {
    try (Connection admin = connectAsAdmin()) {
      execute(admin, sql);
    }
  }

  private long asAdminCount(String sql) throws SQLException {
    try (Connection admin = connectAsAdmin()) {
      return Long.parseLong(queryString(admin, sql));
    }
  }

  private Connection connectAsAdmin() throws SQLException {
    return connectAs(stack.get("VITRINE_PG_ADMIN_USER"), stack.get("VITRINE_PG_ADMIN_PASSWORD"));
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String queryString(Connection connection, String sql) throws SQLException {
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
