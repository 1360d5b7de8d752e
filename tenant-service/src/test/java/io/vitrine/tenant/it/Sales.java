package io.vitrine.tenant.it;

import io.vitrine.testing.LocalStack;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tenant's {@code sales}, {@code sale_lines} and {@code sale_follow_ups}, read through the
 * tenant role's connection.
 */
final class Sales {

  record Sale(
      long id,
      long version,
      BigDecimal total,
      String storeLocation,
      String customerPseudonym,
      List<String> skus) {}

  /** A row of {@code sale_follow_ups}: what the sale asked of other features. */
  record FollowUp(String kind, long posVersion, String status) {}

  private Sales() {}

  /** The follow-ups a sale asked for, by kind. */
  static List<FollowUp> followUps(String role, String password, long saleId) throws SQLException {
    try (Connection tenant =
            DriverManager.getConnection(LocalStack.load().jdbcUrl(), role, password);
        var statement =
            tenant.prepareStatement(
                "SELECT kind, pos_version, status FROM sale_follow_ups WHERE sale_id = ?"
                    + " ORDER BY kind")) {
      statement.setLong(1, saleId);
      var rows = statement.executeQuery();
      var found = new ArrayList<FollowUp>();
      while (rows.next()) {
        found.add(new FollowUp(rows.getString(1), rows.getLong(2), rows.getString(3)));
      }
      return found;
    }
  }

  /** Every sale row of this POS sale (so a test can assert there is exactly one). */
  static List<Sale> find(String role, String password, String provider, String posSaleId)
      throws SQLException {
    try (Connection tenant =
            DriverManager.getConnection(LocalStack.load().jdbcUrl(), role, password);
        var statement =
            tenant.prepareStatement(
                "SELECT s.id, s.pos_version, s.total, st.pos_location_id, c.pseudonym"
                    + " FROM sales s LEFT JOIN stores st ON st.id = s.store_id"
                    + " LEFT JOIN customers c ON c.id = s.customer_id"
                    + " WHERE s.pos_provider = ? AND s.pos_sale_id = ?")) {
      statement.setString(1, provider);
      statement.setString(2, posSaleId);
      var rows = statement.executeQuery();
      var found = new ArrayList<Sale>();
      while (rows.next()) {
        long id = rows.getLong(1);
        found.add(
            new Sale(
                id,
                rows.getLong(2),
                rows.getBigDecimal(3),
                rows.getString(4),
                rows.getString(5),
                skus(tenant, id)));
      }
      return found;
    }
  }

  static Optional<Sale> one(String role, String password, String provider, String posSaleId)
      throws SQLException {
    List<Sale> found = find(role, password, provider, posSaleId);
    if (found.size() > 1) {
      throw new AssertionError("more than one sale for " + posSaleId);
    }
    return found.stream().findFirst();
  }

  /** The statuses of this provider's events, by dedup key. */
  static Optional<String> eventStatus(String role, String password, String provider, String key)
      throws SQLException {
    return WebhookEvents.find(role, password, provider, key).stream()
        .map(WebhookEvents.Row::status)
        .findFirst();
  }

  /** The event's last error, as the worker recorded it. */
  static String lastError(String role, String password, String provider, String key)
      throws SQLException {
    try (Connection tenant =
            DriverManager.getConnection(LocalStack.load().jdbcUrl(), role, password);
        var statement =
            tenant.prepareStatement(
                "SELECT last_error FROM webhook_events WHERE provider = ? AND dedup_key = ?")) {
      statement.setString(1, provider);
      statement.setString(2, key);
      var rows = statement.executeQuery();
      return rows.next() ? rows.getString(1) : null;
    }
  }

  private static List<String> skus(Connection tenant, long saleId) throws SQLException {
    try (var statement =
        tenant.prepareStatement(
            "SELECT sku FROM sale_lines WHERE sale_id = ? ORDER BY line_number")) {
      statement.setLong(1, saleId);
      var rows = statement.executeQuery();
      var skus = new ArrayList<String>();
      while (rows.next()) {
        skus.add(rows.getString(1));
      }
      return skus;
    }
  }
}
