package io.vitrine.bench;

import io.vitrine.testing.LocalStack;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * A throw-away tenant schema and role, made as the operator makes them (the role owns only its
 * schema), plus the baseline's table shaped like {@code webhook_events} once Flyway has run.
 */
record BenchTenant(LocalStack stack, String schema, String role, String password) {

  static BenchTenant create(LocalStack stack) {
    var random = new SecureRandom();
    var suffix = new byte[4];
    random.nextBytes(suffix);
    var secret = new byte[16];
    random.nextBytes(secret);
    String name = "bench_ingest_" + HexFormat.of().formatHex(suffix);
    var tenant = new BenchTenant(stack, name, name, HexFormat.of().formatHex(secret));
    tenant.admin(
        "CREATE ROLE " + name + " LOGIN NOINHERIT PASSWORD '" + tenant.password + "'",
        "GRANT " + name + " TO CURRENT_USER",
        "CREATE SCHEMA " + name + " AUTHORIZATION " + name,
        "ALTER ROLE " + name + " SET search_path = " + name);
    return tenant;
  }

  /** After migrations: the baseline table, same columns, constraints and indexes. */
  void createBaselineTable() {
    admin(
        "CREATE TABLE "
            + schema
            + ".bench_raw_events (LIKE "
            + schema
            + ".webhook_events INCLUDING ALL)",
        "ALTER TABLE " + schema + ".bench_raw_events OWNER TO " + role);
  }

  /** After migrations: the sale baseline's tables, shaped like the service's (no foreign keys). */
  void createBaselineSaleTables() {
    for (String table : new String[] {"sales", "sale_lines", "sale_follow_ups"}) {
      admin(
          "CREATE TABLE "
              + schema
              + ".bench_raw_"
              + table
              + " (LIKE "
              + schema
              + "."
              + table
              + " INCLUDING ALL)",
          "ALTER TABLE " + schema + ".bench_raw_" + table + " OWNER TO " + role);
    }
  }

  void drop() {
    admin(
        "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE usename = '"
            + role
            + "'",
        "DROP SCHEMA IF EXISTS " + schema + " CASCADE",
        "DROP OWNED BY " + role,
        "DROP ROLE IF EXISTS " + role);
  }

  private void admin(String... statements) {
    try {
      stack.asDatabaseAdmin(statements);
    } catch (SQLException e) {
      throw new IllegalStateException("bench tenant " + schema + ": " + e.getMessage(), e);
    }
  }
}
