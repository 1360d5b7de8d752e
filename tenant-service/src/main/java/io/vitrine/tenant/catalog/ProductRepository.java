package io.vitrine.tenant.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The tenant's products in PostgreSQL, written in JDBC batches: a catalog import upserts thousands
 * of rows by SKU, which one batched statement per round trip does far faster than entity by entity.
 */
@ApplicationScoped
public class ProductRepository {

  private static final String UPSERT =
      """
      INSERT INTO products (sku, name, brand, category, price, currency, description, inci,
                            skin_types, concerns, serialized, shelf_life_months, attributes)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
      ON CONFLICT (sku) DO UPDATE SET
        name = excluded.name, brand = excluded.brand, category = excluded.category,
        price = excluded.price, currency = excluded.currency, description = excluded.description,
        inci = excluded.inci, skin_types = excluded.skin_types, concerns = excluded.concerns,
        serialized = excluded.serialized, shelf_life_months = excluded.shelf_life_months,
        attributes = excluded.attributes, updated_at = now()
      """;
  private static final String SELECT_ALL =
      "SELECT sku, name, brand, category, price, currency, description, inci, skin_types,"
          + " concerns, serialized, shelf_life_months, attributes FROM products ORDER BY id";
  private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {};

  private final AgroalDataSource database;
  private final ObjectMapper json;

  public ProductRepository(AgroalDataSource database, ObjectMapper json) {
    this.database = database;
    this.json = json;
  }

  /** Inserts or updates every product by SKU in one transaction. */
  public void upsertAll(List<Product> products) throws SQLException {
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
        for (Product product : products) {
          bind(connection, upsert, product);
          upsert.addBatch();
        }
        upsert.executeBatch();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  /** Every product, in insertion order, one at a time (a cursor, not the whole table in memory). */
  public void forEach(Consumer<Product> consumer) throws SQLException {
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement select = connection.prepareStatement(SELECT_ALL)) {
        select.setFetchSize(500);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            consumer.accept(read(rows));
          }
        }
      } finally {
        connection.rollback();
      }
    }
  }

  private void bind(Connection connection, PreparedStatement upsert, Product product)
      throws SQLException {
    upsert.setString(1, product.sku());
    upsert.setString(2, product.name());
    upsert.setString(3, product.brand());
    upsert.setString(4, product.category());
    upsert.setBigDecimal(5, product.price());
    upsert.setString(6, product.currency());
    upsert.setString(7, product.description());
    upsert.setArray(8, textArray(connection, product.ingredients()));
    upsert.setArray(9, textArray(connection, product.skinTypes()));
    upsert.setArray(10, textArray(connection, product.concerns()));
    upsert.setBoolean(11, product.serialized());
    if (product.shelfLifeMonths() == null) {
      upsert.setNull(12, Types.INTEGER);
    } else {
      upsert.setInt(12, product.shelfLifeMonths());
    }
    upsert.setString(13, toJson(product.attributes()));
  }

  private Product read(ResultSet row) throws SQLException {
    Integer shelfLife = row.getObject("shelf_life_months", Integer.class);
    return new Product(
        row.getString("sku"),
        row.getString("name"),
        row.getString("brand"),
        row.getString("category"),
        row.getBigDecimal("price"),
        row.getString("currency"),
        row.getString("description"),
        texts(row.getArray("inci")),
        texts(row.getArray("skin_types")),
        texts(row.getArray("concerns")),
        row.getBoolean("serialized"),
        shelfLife,
        fromJson(row.getString("attributes")));
  }

  private static Array textArray(Connection connection, List<String> values) throws SQLException {
    return connection.createArrayOf("text", values.toArray(String[]::new));
  }

  private static List<String> texts(Array array) throws SQLException {
    return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
  }

  private String toJson(Map<String, String> attributes) {
    try {
      return json.writeValueAsString(attributes);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("attributes cannot be written as JSON", e);
    }
  }

  private Map<String, String> fromJson(String attributes) {
    try {
      return json.readValue(attributes, TEXT_MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("products.attributes holds text values only", e);
    }
  }
}
