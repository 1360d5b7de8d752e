package io.vitrine.tenant.it;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Planted tenant data for the checkout ITs, written through the service's own datasource. */
final class CheckoutFixtures {

  private final AgroalDataSource dataSource;
  final String suffix = UUID.randomUUID().toString().substring(0, 8);

  CheckoutFixtures(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  String sku(String name) {
    return name + "-" + suffix;
  }

  long store(String posLocationId) {
    return insert(
        "insert into stores (pos_location_id, name) values (?, ?) returning id",
        posLocationId,
        "Store " + posLocationId);
  }

  void product(String sku, String name, String brand, String category, String... inci) {
    execute(
        "insert into products (sku, name, brand, category, inci) values (?, ?, ?, ?, ?)",
        sku,
        name,
        brand,
        category,
        inci);
  }

  void stock(long storeId, String sku, int quantity) {
    execute(
        "insert into inventory (store_id, sku, quantity) values (?, ?, ?)"
            + " on conflict (store_id, sku) do update set quantity = excluded.quantity",
        storeId,
        sku,
        quantity);
  }

  long customer(String pseudonym, String profileJson) {
    return insert(
        "insert into customers (pseudonym, profile) values (?, cast(? as jsonb)) returning id",
        pseudonym,
        profileJson);
  }

  /** A completed sale of these SKUs; returns its id. */
  long sale(long storeId, Long customerId, String... skus) {
    long saleId =
        insert(
            "insert into sales (pos_provider, pos_sale_id, store_id, customer_id, total,"
                + " occurred_at) values ('it', ?, ?, ?, 10, now()) returning id",
            UUID.randomUUID().toString(),
            storeId,
            customerId);
    for (int line = 0; line < skus.length; line++) {
      execute(
          "insert into sale_lines (sale_id, line_number, sku, quantity, unit_price, total)"
              + " values (?, ?, ?, 1, 10, 10)",
          saleId,
          line + 1,
          skus[line]);
    }
    return saleId;
  }

  /** The audit rows about a target, as (action, details JSON text). */
  List<Map<String, String>> audit(String targetId) {
    var rows = new ArrayList<Map<String, String>>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select action, actor, details::text from audit_log where target_id = ?"
                    + " order by id")) {
      statement.setString(1, targetId);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(
              Map.of(
                  "action", result.getString(1),
                  "actor", result.getString(2),
                  "details", result.getString(3)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }

  /** The first column of every row the query returns, as text. */
  List<String> strings(String sql, Object... parameters) {
    var values = new ArrayList<String>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        values.add(result.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return values;
  }

  long count(String sql, Object... parameters) {
    return insert(sql, parameters);
  }

  private long insert(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void execute(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] instanceof String[] array) {
        statement.setArray(i + 1, connection.createArrayOf("text", array));
      } else {
        statement.setObject(i + 1, parameters[i]);
      }
    }
    return statement;
  }
}
