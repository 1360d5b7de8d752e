package io.vitrine.operator.platform.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Read-only catalog queries about a tenant's schema and role. */
final class TenantCatalog {

  private TenantCatalog() {}

  static Optional<String> schemaOwner(Connection connection, String schema) throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = ?")) {
      statement.setString(1, schema);
      try (var rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }

  static Optional<TenantRole> role(Connection connection, String role) throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "SELECT shobj_description(oid, 'pg_authid'), rolcanlogin, rolinherit"
                + " FROM pg_roles WHERE rolname = ?")) {
      statement.setString(1, role);
      try (var rows = statement.executeQuery()) {
        return rows.next()
            ? Optional.of(new TenantRole(rows.getString(1), rows.getBoolean(2), rows.getBoolean(3)))
            : Optional.empty();
      }
    }
  }

  static String currentDatabase(Connection connection) throws SQLException {
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT current_database()")) {
      rows.next();
      return rows.getString(1);
    }
  }
}
