package io.vitrine.tenant.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * A tenant upgraded from before {@code sale_follow_ups}: its schema migrated to V10 only, holding
 * sales whose follow-ups an earlier version ran in memory. tenant-service then starts on it and
 * migrates the rest, as a rolled-out pod's {@code migrate-schema} does.
 */
public class SalesBeforeOutboxResource implements QuarkusTestResourceLifecycleManager {

  /** An hour old, with no message decision: its follow-ups were lost. */
  static final String LOST = "before-outbox-lost";

  /** An hour old, with its message decision: its follow-ups ran. */
  static final String FOLLOWED = "before-outbox-followed";

  /** Two days old, with no message decision: older than what the upgrade looks at. */
  static final String OLD = "before-outbox-old";

  private final TenantStackResource stack = new TenantStackResource();

  @Override
  public Map<String, String> start() {
    Map<String, String> config = stack.start();
    String url = config.get("quarkus.datasource.jdbc.url");
    String role = config.get("quarkus.datasource.username");
    String password = config.get("quarkus.datasource.password");
    String schema = config.get("vitrine.database.schema");
    Flyway.configure()
        .dataSource(url, role, password)
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(false)
        .locations("classpath:db/migration")
        .target("10")
        .load()
        .migrate();
    try (Connection tenant = DriverManager.getConnection(url, role, password)) {
      sale(tenant, LOST, "1 hour");
      long followed = sale(tenant, FOLLOWED, "1 hour");
      sale(tenant, OLD, "2 days");
      execute(
          tenant,
          "insert into messages (kind, sale_id, status, skip_reason)"
              + " values ('POST_PURCHASE_REGIMEN', ?, 'SKIPPED', 'NO_CUSTOMER')",
          followed);
    } catch (SQLException e) {
      throw new IllegalStateException("the sales could not be planted", e);
    }
    return config;
  }

  @Override
  public void stop() {
    stack.stop();
  }

  private static long sale(Connection tenant, String posSaleId, String age) throws SQLException {
    try (PreparedStatement statement =
        tenant.prepareStatement(
            "insert into sales (pos_provider, pos_sale_id, total, currency, occurred_at,"
                + " created_at) values ('shopify', ?, 10, 'EUR', now() - ?::interval,"
                + " now() - ?::interval) returning id")) {
      statement.setString(1, posSaleId);
      statement.setString(2, age);
      statement.setString(3, age);
      var rows = statement.executeQuery();
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void execute(Connection tenant, String sql, Object parameter) throws SQLException {
    try (PreparedStatement statement = tenant.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      statement.executeUpdate();
    }
  }
}
