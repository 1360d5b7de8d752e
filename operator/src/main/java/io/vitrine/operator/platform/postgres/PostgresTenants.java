package io.vitrine.operator.platform.postgres;

import static io.vitrine.operator.platform.postgres.PostgresIdentifiers.quote;
import static io.vitrine.operator.platform.postgres.PostgresIdentifiers.requireValid;

import io.vitrine.operator.platform.PlatformUnavailableException;
import io.vitrine.operator.platform.Sha256;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Objects;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Creates, observes and drops one tenant's schema and login role in the shared database. The admin
 * role needs CREATEROLE and must own the database. Every role this class creates carries a comment
 * with its password fingerprint; roles and schemas without it are never altered nor dropped.
 */
public final class PostgresTenants {

  private static final String FINGERPRINT_PREFIX = "vitrine:password-sha256=";
  private static final String LOCK_TIMEOUT = "10s";

  private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

  public PostgresTenants(String jdbcUrl, String adminUser, String adminPassword) {
    dataSource.setURL(Objects.requireNonNull(jdbcUrl));
    dataSource.setUser(Objects.requireNonNull(adminUser));
    dataSource.setPassword(Objects.requireNonNull(adminPassword));
    dataSource.setConnectTimeout(5);
    dataSource.setLoginTimeout(10);
    dataSource.setSocketTimeout(60);
    dataSource.setApplicationName("vitrine-operator");
  }

  /** SHA-256 (hex) of {@code role + ":" + password}: shows a password change without reading it. */
  public static String fingerprint(String role, String password) {
    return Sha256.hex(role + ":" + password);
  }

  /** The fingerprint in a role's comment, or null when Vitrine did not write that comment. */
  static String fingerprintIn(String roleComment) {
    return roleComment != null && roleComment.startsWith(FINGERPRINT_PREFIX)
        ? roleComment.substring(FINGERPRINT_PREFIX.length())
        : null;
  }

  /** The tenant's schema and role, or empty when either is missing. */
  public Optional<TenantDatabase> find(String schema, String role) {
    requireValid("schema", schema);
    requireValid("role", role);
    return withConnection(
        "find tenant database",
        connection -> {
          Optional<String> owner = TenantCatalog.schemaOwner(connection, schema);
          Optional<TenantRole> found = TenantCatalog.role(connection, role);
          if (owner.isEmpty() || found.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(new TenantDatabase(schema, role, found.get().passwordFingerprint()));
        });
  }

  /** Whether the tenant's schema exists (whatever holds it, and even without its role). */
  public boolean schemaExists(String schema) {
    requireValid("schema", schema);
    return withConnection(
            "find tenant schema", connection -> TenantCatalog.schemaOwner(connection, schema))
        .isPresent();
  }

  /**
   * Creates or repairs the tenant's login role and schema in one transaction, so that the role can
   * log in and reach only its own schema. The password is changed only when its fingerprint
   * differs, and is sent to the server as a SCRAM verifier computed by the driver.
   */
  public void apply(String schema, String role, String password) {
    requireValid("schema", schema);
    requireValid("role", role);
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("the password of role " + role + " must not be empty");
    }
    inTransaction(
        "apply tenant database " + schema,
        connection -> {
          Optional<TenantRole> existing = TenantCatalog.role(connection, role);
          existing.ifPresent(found -> found.requireManagedByVitrine(role));
          ensureLoginRole(connection, role, existing);
          String wanted = fingerprint(role, password);
          if (existing.isEmpty() || !wanted.equals(existing.get().passwordFingerprint())) {
            setPassword(connection, role, password, wanted);
          }
          actAs(connection, role);
          ensureSchema(connection, schema, role);
          confineToSchema(connection, schema, role);
        });
  }

  /** Drops the tenant's schema (with its data) and role; missing ones are fine. */
  public void drop(String schema, String role) {
    requireValid("schema", schema);
    requireValid("role", role);
    inTransaction(
        "drop tenant database " + schema,
        connection -> {
          Optional<String> owner = TenantCatalog.schemaOwner(connection, schema);
          Optional<TenantRole> existing = TenantCatalog.role(connection, role);
          owner.ifPresent(found -> requireOwnedBy(schema, found, role));
          existing.ifPresent(found -> found.requireManagedByVitrine(role));
          if (existing.isPresent()) {
            actAs(connection, role);
            terminateSessions(connection, role);
          }
          execute(connection, "DROP SCHEMA IF EXISTS " + quote(schema) + " CASCADE");
          if (existing.isPresent()) {
            execute(connection, "DROP OWNED BY " + quote(role));
            execute(connection, "DROP ROLE IF EXISTS " + quote(role));
          }
        });
  }

  private static void ensureLoginRole(
      Connection connection, String role, Optional<TenantRole> existing) throws SQLException {
    if (existing.isEmpty()) {
      execute(connection, "CREATE ROLE " + quote(role) + " LOGIN NOINHERIT");
    } else if (!existing.get().canLogin() || existing.get().inherits()) {
      execute(connection, "ALTER ROLE " + quote(role) + " LOGIN NOINHERIT");
    }
  }

  private static void setPassword(
      Connection connection, String role, String password, String fingerprint) throws SQLException {
    connection
        .unwrap(PGConnection.class)
        .alterUserPassword(role, password.toCharArray(), "scram-sha-256");
    // The marker is hex digits after a fixed prefix: nothing in it needs escaping.
    execute(
        connection,
        "COMMENT ON ROLE " + quote(role) + " IS '" + FINGERPRINT_PREFIX + fingerprint + "'");
  }

  /**
   * PostgreSQL 15 lets only members of a role create schemas for it or drop what it owns; the admin
   * becomes a member (the tenant role gains nothing from this).
   */
  private static void actAs(Connection connection, String role) throws SQLException {
    execute(connection, "GRANT " + quote(role) + " TO CURRENT_USER");
  }

  private static void ensureSchema(Connection connection, String schema, String role)
      throws SQLException {
    Optional<String> owner = TenantCatalog.schemaOwner(connection, schema);
    if (owner.isEmpty()) {
      execute(connection, "CREATE SCHEMA " + quote(schema) + " AUTHORIZATION " + quote(role));
    } else {
      requireOwnedBy(schema, owner.get(), role);
    }
  }

  private static void confineToSchema(Connection connection, String schema, String role)
      throws SQLException {
    String database = TenantCatalog.currentDatabase(connection);
    execute(connection, "GRANT CONNECT ON DATABASE " + quote(database) + " TO " + quote(role));
    execute(connection, "REVOKE ALL ON SCHEMA public FROM " + quote(role));
    execute(connection, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    execute(connection, "ALTER ROLE " + quote(role) + " SET search_path = " + quote(schema));
  }

  /** Open sessions would keep locks that make DROP SCHEMA wait. */
  private static void terminateSessions(Connection connection, String role) throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE usename = ?")) {
      statement.setString(1, role);
      statement.executeQuery().close();
    }
  }

  private static void requireOwnedBy(String schema, String owner, String role) {
    if (!owner.equals(role)) {
      throw new IllegalStateException(
          "schema " + schema + " belongs to role " + owner + ", not to tenant role " + role);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private void inTransaction(String action, SqlAction work) {
    withConnection(
        action,
        connection -> {
          connection.setAutoCommit(false);
          execute(connection, "SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
          // Role DDL of concurrent tenants (GRANT ... TO CURRENT_USER) updates the same catalog
          // rows and fails with "tuple concurrently updated"; one tenant at a time, cluster-wide.
          execute(connection, "SELECT pg_advisory_xact_lock(hashtext('vitrine:tenant-roles'))");
          work.run(connection);
          connection.commit();
          return null;
        });
  }

  /** Closing the connection rolls back whatever a failed transaction left open. */
  private <T> T withConnection(String action, SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      if (isUnavailable(e)) {
        throw new PlatformUnavailableException(PlatformUnavailableException.POSTGRESQL, e);
      }
      throw new TenantDatabaseException("could not " + action, e);
    }
  }

  /** Connection failures (08), exhausted resources (53), shutdowns (57P) and timeouts. */
  private static boolean isUnavailable(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return e instanceof SQLTimeoutException
        || state.startsWith("08")
        || state.startsWith("53")
        || state.startsWith("57P")
        || state.equals("57014");
  }

  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  @FunctionalInterface
  private interface SqlAction {
    void run(Connection connection) throws SQLException;
  }
}
