package io.vitrine.tenant.it;

import io.vitrine.testing.LocalStack;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stores, customers, products and completed sales written with SQL through the tenant role, as POS
 * ingestion writes them; and reads of what the service wrote. Every name is unique.
 */
final class SalesFixture {

  record Store(long id, String posLocationId) {}

  record Customer(long id, String pseudonym) {}

  record Line(String sku, BigDecimal total) {}

  private SalesFixture() {}

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static Store store() {
    String pos = unique("it-store");
    long id =
        insert("INSERT INTO stores (pos_location_id, name) VALUES (?, ?) RETURNING id", pos, pos);
    return new Store(id, pos);
  }

  static Customer customer(String consentsJson) {
    String pseudonym = unique("cust");
    long id =
        insert(
            "INSERT INTO customers (pseudonym, consents) VALUES (?, ?::jsonb) RETURNING id",
            pseudonym,
            consentsJson);
    return new Customer(id, pseudonym);
  }

  static String product(String name, String brand, String category) {
    String sku = unique("sku");
    insert(
        "INSERT INTO products (sku, name, brand, category, price, currency)"
            + " VALUES (?, ?, ?, ?, 10, 'EUR') RETURNING id",
        sku,
        name,
        brand,
        category);
    return sku;
  }

  /** A completed sale; its total is the sum of its lines. */
  static long sale(Store store, Customer customer, Instant occurredAt, Line... lines) {
    BigDecimal total = BigDecimal.ZERO;
    for (Line line : lines) {
      total = total.add(line.total());
    }
    long id =
        insert(
            "INSERT INTO sales (pos_provider, pos_sale_id, store_id, customer_id, total, currency,"
                + " occurred_at) VALUES ('shopify', ?, ?, ?, ?, 'EUR', ?) RETURNING id",
            unique("order"),
            store.id(),
            customer == null ? null : customer.id(),
            total,
            Timestamp.from(occurredAt));
    int number = 1;
    for (Line line : lines) {
      insert(
          "INSERT INTO sale_lines (sale_id, line_number, sku, quantity, unit_price, total)"
              + " VALUES (?, ?, ?, 1, ?, ?) RETURNING sale_id",
          id,
          number++,
          line.sku(),
          line.total(),
          line.total());
    }
    return id;
  }

  static Line line(String sku, String total) {
    return new Line(sku, new BigDecimal(total));
  }

  /** Rows of a query, each as column name to value. */
  static List<Map<String, Object>> rows(String sql, Object... parameters) {
    try (Connection connection = connect();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      var result = statement.executeQuery();
      var rows = new ArrayList<Map<String, Object>>();
      while (result.next()) {
        var row = new java.util.LinkedHashMap<String, Object>();
        for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
          row.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long insert(String sql, Object... parameters) {
    try (Connection connection = connect();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      var result = statement.executeQuery();
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }

  private static Connection connect() throws SQLException {
    var config = ConfigProvider.getConfig();
    return DriverManager.getConnection(
        LocalStack.load().jdbcUrl(),
        config.getValue("quarkus.datasource.username", String.class),
        config.getValue("quarkus.datasource.password", String.class));
  }
}
