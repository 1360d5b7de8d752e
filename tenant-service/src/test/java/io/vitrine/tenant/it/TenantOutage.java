package io.vitrine.tenant.it;

import io.vitrine.testing.LocalStack;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes the database unreachable for this tenant only, as an outage looks to tenant-service: the
 * tenant's role may open no connection and its open ones are terminated. The shared PostgreSQL
 * server keeps running for everyone else. {@link #close()} ends the outage.
 */
final class TenantOutage implements AutoCloseable {

  private final Connection admin;
  private final String role;

  private TenantOutage(Connection admin, String role) {
    this.admin = admin;
    this.role = role;
  }

  /** Role names are generated from [a-z0-9_]: nothing in them needs quoting. */
  static TenantOutage begin(String role) throws SQLException {
    Connection admin = TenantDatabase.asAdmin(LocalStack.load());
    try (Statement statement = admin.createStatement()) {
      statement.execute("ALTER ROLE " + role + " CONNECTION LIMIT 0");
      statement.execute(
          "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE usename = '"
              + role
              + "'");
    }
    return new TenantOutage(admin, role);
  }

  @Override
  public void close() throws SQLException {
    try (admin;
        Statement statement = admin.createStatement()) {
      statement.execute("ALTER ROLE " + role + " CONNECTION LIMIT -1");
    }
  }
}
