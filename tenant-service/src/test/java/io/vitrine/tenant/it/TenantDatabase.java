package io.vitrine.tenant.it;

import io.vitrine.testing.LocalStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A tenant's schema and login role on the local PostgreSQL, made as the operator makes them: the
 * role owns only its schema, and its search_path is that schema.
 */
final class TenantDatabase {

  private final LocalStack stack;
  final String schema;
  final String role;
  final String password;

  TenantDatabase(LocalStack stack, String name, String password) {
    this.stack = stack;
    this.schema = name;
    this.role = name;
    this.password = password;
  }

  void create() {
    // Names and password are generated from [a-z0-9_]: nothing in them needs quoting.
    execute(
        "CREATE ROLE " + role + " LOGIN NOINHERIT PASSWORD '" + password + "'",
        "GRANT " + role + " TO CURRENT_USER",
        "CREATE SCHEMA " + schema + " AUTHORIZATION " + role,
        "REVOKE ALL ON SCHEMA public FROM " + role,
        "ALTER ROLE " + role + " SET search_path = " + schema);
  }

  void drop() {
    execute(
        "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE usename = '"
            + role
            + "'",
        "DROP SCHEMA IF EXISTS " + schema + " CASCADE",
        "DROP OWNED BY " + role,
        "DROP ROLE IF EXISTS " + role);
  }

  String reactiveUrl() {
    return "postgresql://%s:%s/%s"
        .formatted(
            stack.get("VITRINE_PG_HOST"),
            stack.get("VITRINE_PG_PORT"),
            stack.get("VITRINE_PG_DATABASE"));
  }

  /** A connection as the platform's admin role, to look at the tenant from outside. */
  static Connection asAdmin(LocalStack stack) throws SQLException {
    return DriverManager.getConnection(
        stack.jdbcUrl(),
        stack.get("VITRINE_PG_ADMIN_USER"),
        stack.get("VITRINE_PG_ADMIN_PASSWORD"));
  }

  private void execute(String... statements) {
    try (Connection connection = asAdmin(stack);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("tenant database " + schema + ": " + e.getMessage(), e);
    }
  }
}
