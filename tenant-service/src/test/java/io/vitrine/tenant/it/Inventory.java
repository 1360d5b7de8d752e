package io.vitrine.tenant.it;

import io.vitrine.testing.LocalStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The tenant's {@code inventory}, read through the tenant role's own connection. */
final class Inventory {

  /** One store's count of a SKU; {@code location} is the store's POS location id. */
  record Count(String location, int quantity, String source, long version, Instant countedAt) {}

  private Inventory() {}

  /** Every store's count of the SKU, by location id. */
  static List<Count> of(String role, String password, String sku) throws SQLException {
    try (Connection tenant =
            DriverManager.getConnection(LocalStack.load().jdbcUrl(), role, password);
        var statement =
            tenant.prepareStatement(
                "SELECT s.pos_location_id, i.quantity, i.source, i.version, i.counted_at"
                    + " FROM inventory i JOIN stores s ON s.id = i.store_id WHERE i.sku = ?"
                    + " ORDER BY s.pos_location_id")) {
      statement.setString(1, sku);
      var rows = statement.executeQuery();
      var found = new ArrayList<Count>();
      while (rows.next()) {
        found.add(
            new Count(
                rows.getString(1),
                rows.getInt(2),
                rows.getString(3),
                rows.getLong(4),
                rows.getTimestamp(5).toInstant()));
      }
      return found;
    }
  }
}
