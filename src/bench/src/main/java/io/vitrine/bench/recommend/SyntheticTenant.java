package io.vitrine.bench.recommend;

import io.vitrine.testing.LocalStack;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;

/**
 * A large synthetic beauty retailer in a fresh schema: products with INCI lists (some with
 * fragrance, nut oils or beeswax), stock in the bench store, customers with allergies, and sales
 * whose baskets follow planted co-purchase affinities over a skewed popularity, loaded with COPY.
 */
final class SyntheticTenant {

  static final List<String> CATEGORIES =
      List.of(
          "cleanser",
          "toner",
          "serum",
          "moisturizer",
          "sunscreen",
          "foundation",
          "primer",
          "makeup-remover",
          "setting-powder",
          "mascara",
          "lipstick",
          "lip-liner",
          "shampoo",
          "conditioner",
          "fragrance",
          "body-lotion");
  private static final List<String> BASE =
      List.of(
          "AQUA",
          "GLYCERIN",
          "DIMETHICONE",
          "NIACINAMIDE",
          "TOCOPHEROL",
          "PHENOXYETHANOL",
          "CAPRYLIC/CAPRIC TRIGLYCERIDE",
          "SODIUM HYALURONATE",
          "CETEARYL ALCOHOL",
          "SQUALANE",
          "PANTHENOL",
          "ALLANTOIN");
  private static final List<String> FLAGGED =
      List.of(
          "PARFUM",
          "LINALOOL",
          "LIMONENE",
          "BENZYL ALCOHOL",
          "PRUNUS AMYGDALUS DULCIS OIL",
          "BUTYROSPERMUM PARKII BUTTER",
          "CERA ALBA");
  static final int PARTNERS = 5;

  final LocalStack stack;
  final String schema;
  final String password;
  final int skus;
  final int saleLines;
  final int customers;
  private final SplittableRandom random = new SplittableRandom(42);

  SyntheticTenant(
      LocalStack stack, String schema, String password, int skus, int saleLines, int customers) {
    this.stack = stack;
    this.schema = schema;
    this.password = password;
    this.skus = skus;
    this.saleLines = saleLines;
    this.customers = customers;
  }

  static String sku(int i) {
    return "SKU-%06d".formatted(i);
  }

  static String category(int i) {
    return CATEGORIES.get(i % CATEGORIES.size());
  }

  static String name(int i) {
    return "Brand-%02d %s no. %d".formatted(i % 40, category(i), i);
  }

  /** Popular SKUs are drawn far more often: a skewed (power-law-like) index. */
  int popular(SplittableRandom r) {
    return (int) (skus * Math.pow(r.nextDouble(), 3));
  }

  /** The planted affinity: SKU i is mostly bought with these. */
  int partner(int i, int k) {
    return (int) ((i * 7L + (k + 1) * 7919L) % skus);
  }

  void createSchema() {
    admin(
        "CREATE ROLE " + schema + " LOGIN NOINHERIT PASSWORD '" + password + "'",
        "GRANT " + schema + " TO CURRENT_USER",
        "CREATE SCHEMA " + schema + " AUTHORIZATION " + schema,
        "REVOKE ALL ON SCHEMA public FROM " + schema,
        "ALTER ROLE " + schema + " SET search_path = " + schema);
  }

  void drop() {
    admin(
        "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE usename = '"
            + schema
            + "'",
        "DROP SCHEMA IF EXISTS " + schema + " CASCADE",
        "DROP OWNED BY " + schema,
        "DROP ROLE IF EXISTS " + schema);
  }

  /** Loads everything into the migrated schema; returns the bench store's row id. */
  long load(String storeLocation) throws SQLException, java.io.IOException {
    try (Connection connection = asTenant()) {
      var copy = ((PGConnection) connection).getCopyAPI();
      long store;
      try (Statement statement = connection.createStatement()) {
        var result =
            statement.executeQuery(
                "insert into stores (pos_location_id, name) values ('"
                    + storeLocation
                    + "', 'Bench store') returning id");
        result.next();
        store = result.getLong(1);
      }
      copy.copyIn(
          "COPY products (sku, name, brand, category, inci) FROM STDIN",
          new StringReader(products()));
      copy.copyIn(
          "COPY inventory (store_id, sku, quantity) FROM STDIN",
          new StringReader(inventory(store)));
      copy.copyIn(
          "COPY customers (id, pseudonym, profile) FROM STDIN", new StringReader(customerRows()));
      var sales = new StringBuilder();
      var lines = new StringBuilder();
      baskets(store, sales, lines);
      copy.copyIn(
          "COPY sales (id, pos_provider, pos_sale_id, store_id, customer_id, total, occurred_at) FROM STDIN",
          new StringReader(sales.toString()));
      copy.copyIn(
          "COPY sale_lines (sale_id, line_number, sku, quantity, unit_price, total) FROM STDIN",
          new StringReader(lines.toString()));
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "select setval(pg_get_serial_sequence('sales', 'id'), (select max(id) from sales))");
        statement.execute(
            "select setval(pg_get_serial_sequence('customers', 'id'), (select max(id) from customers))");
        statement.execute("analyze");
      }
      return store;
    }
  }

  private String products() {
    var rows = new StringBuilder();
    for (int i = 0; i < skus; i++) {
      rows.append(sku(i))
          .append('\t')
          .append(name(i))
          .append('\t')
          .append("Brand-%02d".formatted(i % 40))
          .append('\t')
          .append(category(i))
          .append('\t')
          .append(inci(i))
          .append('\n');
    }
    return rows.toString();
  }

  private String inci(int i) {
    var r = new SplittableRandom(i);
    var names = new StringBuilder("{");
    int count = 4 + r.nextInt(6);
    for (int n = 0; n < count; n++) {
      names
          .append(n == 0 ? "" : ",")
          .append('"')
          .append(BASE.get(r.nextInt(BASE.size())))
          .append('"');
    }
    if (r.nextInt(10) < 3) {
      names.append(",\"").append(FLAGGED.get(r.nextInt(FLAGGED.size()))).append('"');
    }
    return names.append('}').toString();
  }

  private String inventory(long store) {
    var rows = new StringBuilder();
    for (int i = 0; i < skus; i++) {
      rows.append(store)
          .append('\t')
          .append(sku(i))
          .append('\t')
          .append(random.nextInt(10) < 8 ? 1 + random.nextInt(20) : 0)
          .append('\n');
    }
    return rows.toString();
  }

  private String customerRows() {
    var rows = new StringBuilder();
    for (int i = 1; i <= customers; i++) {
      String profile =
          switch (i % 10) {
            case 0, 1 -> "{\"allergies\": [\"fragrance\"], \"skin_type\": \"sensitive\"}";
            case 2 -> "{\"vegan\": true}";
            case 3 -> "{\"allergies\": [\"nuts\"]}";
            default -> "{\"skin_type\": \"dry\"}";
          };
      rows.append(i).append('\t').append(customer(i)).append('\t').append(profile).append('\n');
    }
    return rows.toString();
  }

  static String customer(int i) {
    return "bench-customer-" + i;
  }

  private void baskets(long store, StringBuilder sales, StringBuilder lines) {
    int written = 0;
    long saleId = 0;
    while (written < saleLines) {
      saleId++;
      int anchor = popular(random);
      int size = Math.min(saleLines - written, 1 + random.nextInt(4));
      String customer =
          random.nextBoolean() ? String.valueOf(1 + random.nextInt(customers)) : "\\N";
      sales
          .append(saleId)
          .append("\tbench\tS")
          .append(saleId)
          .append('\t')
          .append(store)
          .append('\t')
          .append(customer)
          .append("\t42.00\t2026-01-01 00:00:00+00\n");
      var basket = new java.util.LinkedHashSet<Integer>();
      basket.add(anchor);
      while (basket.size() < size) {
        basket.add(
            random.nextInt(10) < 7 ? partner(anchor, random.nextInt(PARTNERS)) : popular(random));
      }
      int line = 0;
      for (int item : basket) {
        lines
            .append(saleId)
            .append('\t')
            .append(++line)
            .append('\t')
            .append(sku(item))
            .append("\t1\t14.00\t14.00\n");
      }
      written += basket.size();
    }
  }

  Connection asTenant() throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(), schema, password);
  }

  private void admin(String... statements) {
    try {
      stack.asDatabaseAdmin(statements);
    } catch (SQLException e) {
      throw new IllegalStateException("bench schema " + schema + ": " + e.getMessage(), e);
    }
  }
}
