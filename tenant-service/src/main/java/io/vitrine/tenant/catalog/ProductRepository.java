package io.vitrine.tenant.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.common.db.Cursors;
import io.vitrine.tenant.common.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The tenant's products in PostgreSQL, written in batches: a catalog import upserts thousands of
 * rows by SKU, which one batched statement per round trip does far faster than row by row.
 */
@ApplicationScoped
public class ProductRepository {

  private static final String UPSERT =
      """
      INSERT INTO products (sku, name, brand, category, price, currency, description, inci,
                            skin_types, concerns, serialized, shelf_life_months, attributes)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::text::jsonb)
      ON CONFLICT (sku) DO UPDATE SET
        name = excluded.name, brand = excluded.brand, category = excluded.category,
        price = excluded.price, currency = excluded.currency, description = excluded.description,
        inci = excluded.inci, skin_types = excluded.skin_types, concerns = excluded.concerns,
        serialized = excluded.serialized, shelf_life_months = excluded.shelf_life_months,
        attributes = excluded.attributes, updated_at = now(),
        changed_xid = pg_current_xact_id()
      """;
  private static final String SELECT_ALL =
      "SELECT sku, name, brand, category, price, currency, description, inci, skin_types,"
          + " concerns, serialized, shelf_life_months, attributes::text FROM products ORDER BY id";
  private static final int FETCH = 500;
  private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {};

  private final Database database;
  private final ObjectMapper json;

  public ProductRepository(Database database, ObjectMapper json) {
    this.database = database;
    this.json = json;
  }

  /** Inserts or updates every product by SKU in one transaction. */
  public Uni<Void> upsertAll(List<Product> products) {
    if (products.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    List<Tuple> rows = products.stream().map(this::row).toList();
    return database.inTransaction(
        connection -> connection.preparedQuery(UPSERT).executeBatch(rows).replaceWithVoid());
  }

  /**
   * Every product, in insertion order, one at a time (a cursor, not the whole table in memory); the
   * consumer runs on a worker thread and may block.
   */
  public Uni<Void> forEach(Consumer<Product> consumer) {
    return database.inTransaction(
        connection ->
            Cursors.forEachFetch(
                connection,
                SELECT_ALL,
                Tuple.tuple(),
                FETCH,
                rows -> rows.forEach(row -> consumer.accept(read(row)))));
  }

  private Tuple row(Product product) {
    return Tuple.of(
            product.sku(),
            product.name(),
            product.brand(),
            product.category(),
            product.price(),
            product.currency())
        .addString(product.description())
        .addArrayOfString(product.ingredients().toArray(String[]::new))
        .addArrayOfString(product.skinTypes().toArray(String[]::new))
        .addArrayOfString(product.concerns().toArray(String[]::new))
        .addBoolean(product.serialized())
        .addInteger(product.shelfLifeMonths())
        .addString(toJson(product.attributes()));
  }

  private Product read(Row row) {
    return new Product(
        row.getString("sku"),
        row.getString("name"),
        row.getString("brand"),
        row.getString("category"),
        row.getBigDecimal("price"),
        row.getString("currency"),
        row.getString("description"),
        texts(row.getArrayOfStrings("inci")),
        texts(row.getArrayOfStrings("skin_types")),
        texts(row.getArrayOfStrings("concerns")),
        row.getBoolean("serialized"),
        row.getInteger("shelf_life_months"),
        fromJson(row.getString("attributes")));
  }

  private static List<String> texts(String[] array) {
    return array == null ? List.of() : new ArrayList<>(Arrays.asList(array));
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
