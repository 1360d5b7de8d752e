package io.vitrine.bench;

import io.vitrine.bench.recommend.BenchCatalogIndex;
import io.vitrine.testing.LocalStack;
import io.vitrine.testing.TenantServiceProcess;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POS ingestion throughput: verified (Shopify HMAC over the raw body), deduplicated (unique webhook
 * id) and durable (acknowledged after commit) webhook deliveries against a tenant-service started
 * for a throw-away tenant, beside the baseline measured in the same run against the same
 * PostgreSQL: a raw single-row INSERT loop (one connection, autocommit) into a table shaped like
 * {@code webhook_events}. Also reports tenant-service's start time and idle resident memory.
 *
 * <p>Run with {@code make bench-ingest} (DELIVERIES=20000, CONCURRENCY=64, RAW_ROWS=5000).
 */
public final class IngestionBench {

  private final LocalStack stack = LocalStack.load();
  private final String signingKey = randomHex(24);

  public static void main(String[] args) throws Exception {
    int deliveries = Integer.parseInt(System.getProperty("deliveries", "20000"));
    int concurrency = Integer.parseInt(System.getProperty("concurrency", "64"));
    int rawRows = Integer.parseInt(System.getProperty("rawRows", "5000"));
    new IngestionBench().run(deliveries, concurrency, rawRows);
  }

  private void run(int deliveries, int concurrency, int rawRows) throws Exception {
    var tenant = BenchTenant.create(stack);
    String shop = tenant.schema().replace('_', '-') + ".myshopify.com";
    // Readiness needs the tenant's catalog alias; ingestion does not use the catalog.
    var catalog =
        new BenchCatalogIndex(
            stack.get("VITRINE_OPENSEARCH_URL"), "bench-ingest-" + tenant.schema());
    catalog.create(0);
    try (var service =
        TenantServiceProcess.launch()
            .jvmOptions(BenchJvm.options(""))
            .environment(environment(stack, tenant, shop, catalog, signingKey))
            .readyWithin(Duration.ofSeconds(60))
            .start()) {
      tenant.createBaselineTable();
      double rawRate = rawInsertLoop(tenant, rawRows);
      // Warm-up (JIT, connection pools), not measured; its sales are normalised before measuring.
      deliver(service, shop, Math.min(2000, deliveries / 5), concurrency);
      awaitNormalised(tenant);
      long start = System.nanoTime();
      int accepted = deliver(service, shop, deliveries, concurrency);
      double seconds = (System.nanoTime() - start) / 1e9;
      double ingestRate = accepted / seconds;
      // The worker normalises the backlog into sales; the raw loop runs again once it is done.
      double drained = awaitNormalised(tenant);
      double rawAgain = rawInsertLoop(tenant, rawRows);
      double rawMean = (rawRate + rawAgain) / 2;
      long stored = countStored(tenant);

      System.out.println();
      System.out.println("POS ingestion (Shopify webhooks: HMAC-verified, deduplicated, durable)");
      System.out.printf(
          "deliveries (concurrency %3d)    %8d accepted of %d%n",
          concurrency, accepted, deliveries);
      System.out.printf("ingestion rate                  %8.0f deliveries/s%n", ingestRate);
      System.out.printf(
          "raw single-row INSERT loop      %8.0f rows/s (before %.0f, after %.0f)%n",
          rawMean, rawRate, rawAgain);
      System.out.printf(
          "ratio ingestion / raw           %8.2f (goal >= 0.50)%n", ingestRate / rawMean);
      System.out.printf("webhook_events rows             %8d%n", stored);
      System.out.printf(
          "backlog normalised into sales   %8.1f s after the last delivery%n", drained);
      System.out.println("(start-up time and idle memory: make bench-startup)");
    } finally {
      catalog.drop();
      tenant.drop();
    }
  }

  /** Concurrent signed deliveries, each with a new webhook id; returns how many got a 200. */
  private int deliver(TenantServiceProcess service, String shop, int count, int concurrency)
      throws Exception {
    try (var load = new WebhookLoad(service.port(), shop, concurrency)) {
      return load.deliver(count, concurrency, this::delivery);
    }
  }

  private WebhookLoad.Delivery delivery(int i) {
    byte[] body = order(i);
    return new WebhookLoad.Delivery(body, sign(signingKey, body));
  }

  /** The baseline: one connection, autocommit, one INSERT per row of the same shape. */
  private double rawInsertLoop(BenchTenant tenant, int rows) throws Exception {
    try (Connection connection = connect(tenant);
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO "
                    + tenant.schema()
                    + ".bench_raw_events (provider, dedup_key, topic, raw_body)"
                    + " VALUES (?, ?, ?, ?)")) {
      long start = System.nanoTime();
      for (int i = 0; i < rows; i++) {
        insert.setString(1, "shopify");
        insert.setString(2, UUID.randomUUID().toString());
        insert.setString(3, "orders/create");
        insert.setBytes(4, order(i));
        insert.executeUpdate();
      }
      return rows / ((System.nanoTime() - start) / 1e9);
    }
  }

  /** Waits until the worker has normalised every recorded delivery; returns the seconds waited. */
  private double awaitNormalised(BenchTenant tenant) throws Exception {
    long start = System.nanoTime();
    long deadline = start + Duration.ofMinutes(5).toNanos();
    try (Connection connection = connect(tenant)) {
      while (countEvents(connection, tenant, "status = 'RECEIVED'") > 0) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("deliveries still not normalised after 5 minutes");
        }
        Thread.sleep(200); // polling the condition, at the worker's own pace
      }
      return (System.nanoTime() - start) / 1e9;
    }
  }

  private long countStored(BenchTenant tenant) throws SQLException {
    try (Connection connection = connect(tenant)) {
      return countEvents(connection, tenant, "true");
    }
  }

  private static long countEvents(Connection connection, BenchTenant tenant, String condition)
      throws SQLException {
    try (var statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT count(*) FROM " + tenant.schema() + ".webhook_events WHERE " + condition)) {
      row.next();
      return row.getLong(1);
    }
  }

  private Connection connect(BenchTenant tenant) throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(), tenant.role(), tenant.password());
  }

  /** A Shopify POS order of realistic size (about 1 KB). */
  static byte[] order(int i) {
    var lines = new StringBuilder();
    for (int line = 0; line < 3; line++) {
      lines.append(line == 0 ? "" : ",");
      lines.append(
          "{\"id\":%d,\"sku\":\"SKU-%05d\",\"title\":\"Serum %d\",\"quantity\":1,\"price\":\"59.00\",\"vendor\":\"Maison Aster\"}"
              .formatted(i * 10 + line, (i + line) % 50000, line));
    }
    return ("{\"id\":%d,\"source_name\":\"pos\",\"location_id\":655441491,\"currency\":\"EUR\",\"total_price\":\"177.00\",\"created_at\":\"2026-03-01T10:00:00Z\",\"updated_at\":\"2026-03-01T10:00:00Z\",\"customer\":{\"id\":%d},\"line_items\":[%s]}"
            .formatted(1_000_000L + i, 5000 + i % 1000, lines))
        .getBytes(StandardCharsets.UTF_8);
  }

  static String sign(String key, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is required by every JVM", e);
    }
  }

  /** The environment the operator gives a Shopify tenant's pod, for this tenant and shop. */
  static Map<String, String> environment(
      LocalStack stack,
      BenchTenant tenant,
      String shop,
      BenchCatalogIndex catalog,
      String signingKey) {
    var env =
        new HashMap<>(
            TenantServiceProcess.databaseEnvironment(
                stack, tenant.role(), tenant.password(), tenant.schema()));
    env.put("VITRINE_KEYCLOAK_URL", stack.get("VITRINE_KEYCLOAK_URL"));
    env.put("VITRINE_KEYCLOAK_REALM", "master");
    // The admin API's Keycloak client; webhooks never use it.
    env.put("VITRINE_KEYCLOAK_SERVICE_CLIENT_ID", "vitrine-tenant-service");
    env.put("VITRINE_KEYCLOAK_SERVICE_CLIENT_SECRET", "not-used-by-webhooks");
    env.put("VITRINE_CATALOG_INDEX_ALIAS", catalog.alias);
    env.put("VITRINE_OPENSEARCH_URL", stack.get("VITRINE_OPENSEARCH_URL"));
    env.put("VITRINE_POS_PROVIDER", "shopify");
    env.put("VITRINE_POS_SHOP_DOMAIN", shop);
    env.put("VITRINE_POS_WEBHOOK_SIGNING_KEY", signingKey);
    env.put("VITRINE_POS_PSEUDONYM_KEY", randomHex(32));
    env.put("VITRINE_POS_RECONCILIATION_INTERVAL", "off");
    return env;
  }

  static String randomHex(int bytes) {
    var random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }
}
