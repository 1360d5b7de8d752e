package io.vitrine.bench;

import io.vitrine.bench.recommend.BenchCatalogIndex;
import io.vitrine.testing.LocalStack;
import io.vitrine.testing.TenantServiceProcess;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * POS sale normalisation end to end: a signed Shopify {@code orders/create} webhook of a 7-line POS
 * basket until the sale is visible to recommendations (counted into tenant-service's co-purchase
 * counts, see {@link CoPurchaseVisibility}), as sales/s and lag, beside the baseline measured in
 * the same run against the same PostgreSQL: the same sales written by plain batched SQL (one
 * transaction per {@value #RAW_BATCH} sales: one multi-row INSERT each for the sales, their lines
 * and their follow-up rows, into tables shaped like {@code sales}, {@code sale_lines} and {@code
 * sale_follow_ups}).
 *
 * <p>Three phases after a warm-up: a backlog (SALES deliveries recorded at once, as the webhook
 * endpoint records them: the normalisation rate alone), a burst (SALES deliveries from CONCURRENCY
 * clients as fast as they are accepted: webhooks and normalisation together) and a paced load (RATE
 * deliveries/s for SECONDS, open loop: the lag at that rate). The service runs with its defaults
 * (worker and co-purchase feed every second).
 *
 * <p>Run with {@code make bench-normalise} (SALES=5000, CONCURRENCY=64, RATE=500, SECONDS=20).
 */
public final class NormalisationBench {

  static final int LINES = 7;
  static final int RAW_BATCH = 50;
  private static final int SKUS = 2000;
  private static final Duration DRAIN = Duration.ofMinutes(10);

  private final LocalStack stack = LocalStack.load();
  private final String signingKey = IngestionBench.randomHex(24);
  private final AtomicInteger nextOrder = new AtomicInteger();

  public static void main(String[] args) throws Exception {
    int sales = Integer.parseInt(System.getProperty("sales", "5000"));
    int concurrency = Integer.parseInt(System.getProperty("concurrency", "64"));
    int rate = Integer.parseInt(System.getProperty("rate", "500"));
    int seconds = Integer.parseInt(System.getProperty("seconds", "20"));
    new NormalisationBench().run(sales, concurrency, rate, seconds);
  }

  private void run(int sales, int concurrency, int rate, int seconds) throws Exception {
    var tenant = BenchTenant.create(stack);
    String shop = tenant.schema().replace('_', '-') + ".myshopify.com";
    // Readiness needs the tenant's catalog alias; the co-purchase counts do not need products.
    var catalog =
        new BenchCatalogIndex(
            stack.get("VITRINE_OPENSEARCH_URL"), "bench-normalise-" + tenant.schema());
    catalog.create(0);
    try (var service =
            TenantServiceProcess.launch()
                .jvmOptions(BenchJvm.options(""))
                .environment(IngestionBench.environment(stack, tenant, shop, catalog, signingKey))
                .readyWithin(Duration.ofSeconds(60))
                .start();
        var visibility = new CoPurchaseVisibility(service.port());
        var load = new WebhookLoad(service.port(), shop, concurrency)) {
      tenant.createBaselineSaleTables();
      double rawBefore = rawBatchedInserts(tenant, sales);
      // Warm-up (JIT, pools), not measured; all of its sales are visible before measuring.
      burst(load, visibility, Math.min(2000, sales), concurrency);
      var backlog = backlog(tenant, visibility, sales);
      var burst = burst(load, visibility, sales, concurrency);
      var paced = paced(load, visibility, rate, seconds, concurrency);
      double rawAfter = rawBatchedInserts(tenant, sales);
      double raw = (rawBefore + rawAfter) / 2;

      System.out.println();
      System.out.println(
          "POS sale normalisation: Shopify orders/create webhook (7-line basket) -> sale counted"
              + " in the co-purchase counts recommendations rank with");
      System.out.println(line("backlog of " + sales + " stored deliveries", backlog));
      System.out.println(line("burst of " + sales + " (concurrency " + concurrency + ")", burst));
      // Paced, the rate is the one offered: the lags say whether normalisation kept up with it.
      System.out.println(line("paced " + rate + " sales/s x " + seconds + " s", paced));
      System.out.printf(
          "%-34s %7.0f sales/s (before %.0f, after %.0f)%n",
          "raw batched INSERTs (" + RAW_BATCH + "/tx)", raw, rawBefore, rawAfter);
      System.out.printf(
          "%-34s %7.2f   goal: backlog >= 500 sales/s normalised%n",
          "ratio backlog / raw", backlog.salesPerSecond() / raw);
      System.out.printf(
          "(visibility sampled every %d ms; the worker and the feed run every second)%n",
          CoPurchaseVisibility.EVERY.toMillis());
    } finally {
      catalog.drop();
      tenant.drop();
    }
  }

  /** The phase's sales over the time from its first delivery to its last sale visible. */
  private static String line(String name, CoPurchaseVisibility.Phase phase) {
    return "%-34s %7.1f sales/s  lag p50 %6d ms  p95 %6d ms  p99 %6d ms  max %6d ms"
        .formatted(
            name,
            phase.salesPerSecond(),
            phase.lag(50),
            phase.lag(95),
            phase.lag(99),
            phase.lag(100));
  }

  /**
   * The normalisation rate without the webhooks' own: COUNT deliveries recorded at once, as the
   * webhook endpoint records them (one transaction), then waits until all are visible; lags count
   * from the commit.
   */
  private CoPurchaseVisibility.Phase backlog(
      BenchTenant tenant, CoPurchaseVisibility visibility, int count) throws Exception {
    long before = visibility.counted();
    try (Connection connection =
            DriverManager.getConnection(stack.jdbcUrl(), tenant.role(), tenant.password());
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO "
                    + tenant.schema()
                    + ".webhook_events (provider, dedup_key, topic, raw_body)"
                    + " VALUES ('shopify', ?, 'orders/create', ?)")) {
      connection.setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        insert.setString(1, "backlog-" + i);
        insert.setBytes(2, order(nextOrder.getAndIncrement()));
        insert.addBatch();
      }
      insert.executeBatch();
      connection.commit();
    }
    long[] committed = new long[count];
    Arrays.fill(committed, System.nanoTime());
    return visibility.await(before, committed, DRAIN);
  }

  /** COUNT deliveries from CONCURRENCY closed-loop clients, then waits until all are visible. */
  private CoPurchaseVisibility.Phase burst(
      WebhookLoad load, CoPurchaseVisibility visibility, int count, int concurrency)
      throws Exception {
    long before = visibility.counted();
    long[] sends = new long[count];
    int accepted =
        load.deliver(
            count,
            concurrency,
            i -> {
              sends[i] = System.nanoTime();
              return delivery();
            });
    requireAll(accepted, count);
    return visibility.await(before, sends, DRAIN);
  }

  /** RATE deliveries a second for SECONDS whatever the answers do, then waits until visible. */
  private CoPurchaseVisibility.Phase paced(
      WebhookLoad load, CoPurchaseVisibility visibility, int rate, int seconds, int concurrency)
      throws Exception {
    long before = visibility.counted();
    int count = rate * seconds;
    long interval = 1_000_000_000L / rate;
    long[] sends = new long[count];
    var accepted = new AtomicInteger();
    var answered = new CountDownLatch(count);
    // At most CONCURRENCY deliveries unanswered, as many as the client has connections: one that
    // has to wait is sent late, and its lag still counts from when it was due.
    var inFlight = new Semaphore(concurrency);
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      sends[i] = start + i * interval;
      LockSupport.parkNanos(sends[i] - System.nanoTime());
      inFlight.acquire();
      load.send(delivery())
          .onComplete(
              status -> {
                if (status.succeeded() && status.result() == 200) {
                  accepted.incrementAndGet();
                }
                inFlight.release();
                answered.countDown();
              });
    }
    if (!answered.await(2, TimeUnit.MINUTES)) {
      throw new IllegalStateException("deliveries still unanswered after 2 minutes");
    }
    requireAll(accepted.get(), count);
    return visibility.await(before, sends, DRAIN);
  }

  private static void requireAll(int accepted, int count) {
    if (accepted != count) {
      throw new IllegalStateException(accepted + " of " + count + " deliveries accepted");
    }
  }

  private WebhookLoad.Delivery delivery() {
    byte[] body = order(nextOrder.getAndIncrement());
    return new WebhookLoad.Delivery(body, IngestionBench.sign(signingKey, body));
  }

  /** A Shopify POS order of 7 distinct SKUs from a 2,000-SKU assortment, 1,000 customers. */
  static byte[] order(int i) {
    var lines = new StringBuilder();
    for (int line = 0; line < LINES; line++) {
      lines.append(line == 0 ? "" : ",");
      lines.append(
          "{\"id\":%d,\"sku\":\"SKU-%05d\",\"title\":\"Serum %d\",\"quantity\":1,\"price\":\"39.00\",\"vendor\":\"Maison Aster\"}"
              .formatted(i * 10L + line, sku(i, line), line));
    }
    return ("{\"id\":%d,\"source_name\":\"pos\",\"location_id\":%d,\"currency\":\"EUR\",\"total_price\":\"273.00\",\"created_at\":\"2026-03-01T10:00:00Z\",\"updated_at\":\"2026-03-01T10:00:00Z\",\"customer\":{\"id\":%d},\"line_items\":[%s]}"
            .formatted(2_000_000L + i, 655441491 + i % 5, 5000 + i % 1000, lines))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static int sku(int order, int line) {
    return (order * 13 + line * 271) % SKUS;
  }

  /** The baseline: the same sales, lines and follow-up rows by multi-row INSERTs, 50 per commit. */
  private double rawBatchedInserts(BenchTenant tenant, int sales) throws SQLException {
    String schema = tenant.schema();
    try (Connection connection =
            DriverManager.getConnection(stack.jdbcUrl(), tenant.role(), tenant.password());
        PreparedStatement insertSales =
            connection.prepareStatement(
                "INSERT INTO "
                    + schema
                    + ".bench_raw_sales (pos_provider, pos_sale_id, pos_version, total, currency,"
                    + " occurred_at) SELECT 'shopify', id, 1772359200000, 273.00, 'EUR',"
                    + " '2026-03-01T10:00:00Z' FROM unnest(?::text[]) AS id RETURNING id");
        PreparedStatement insertLines =
            connection.prepareStatement(
                "INSERT INTO "
                    + schema
                    + ".bench_raw_sale_lines (sale_id, line_number, sku, quantity, unit_price,"
                    + " total) SELECT s, n, k, 1, 39.00, 39.00"
                    + " FROM unnest(?::bigint[], ?::int[], ?::text[]) AS t(s, n, k)");
        PreparedStatement insertFollowUps =
            connection.prepareStatement(
                "INSERT INTO "
                    + schema
                    + ".bench_raw_sale_follow_ups (sale_id, kind, pos_version)"
                    + " SELECT s, k, 1772359200000 FROM unnest(?::bigint[]) AS s"
                    + " CROSS JOIN unnest(ARRAY['LOYALTY', 'POST_PURCHASE_MESSAGE',"
                    + " 'ATTRIBUTION']) AS k")) {
      connection.setAutoCommit(false);
      long start = System.nanoTime();
      for (int first = 0; first < sales; first += RAW_BATCH) {
        int size = Math.min(RAW_BATCH, sales - first);
        var ids = new String[size];
        for (int i = 0; i < size; i++) {
          ids[i] = "raw-" + System.nanoTime() + "-" + (first + i);
        }
        insertSales.setArray(1, connection.createArrayOf("text", ids));
        List<Long> saleIds = new ArrayList<>();
        try (ResultSet rows = insertSales.executeQuery()) {
          while (rows.next()) {
            saleIds.add(rows.getLong(1));
          }
        }
        insertLines(connection, insertLines, saleIds, first);
        insertFollowUps.setArray(1, connection.createArrayOf("bigint", saleIds.toArray()));
        insertFollowUps.executeUpdate();
        connection.commit();
      }
      return sales / ((System.nanoTime() - start) / 1e9);
    }
  }

  private static void insertLines(
      Connection connection, PreparedStatement insert, List<Long> saleIds, int first)
      throws SQLException {
    int count = saleIds.size() * LINES;
    var sale = new Long[count];
    var number = new Integer[count];
    var sku = new String[count];
    for (int s = 0; s < saleIds.size(); s++) {
      for (int line = 0; line < LINES; line++) {
        int at = s * LINES + line;
        sale[at] = saleIds.get(s);
        number[at] = line + 1;
        sku[at] = "SKU-%05d".formatted(sku(first + s, line));
      }
    }
    Array[] arrays = {
      connection.createArrayOf("bigint", sale),
      connection.createArrayOf("int4", number),
      connection.createArrayOf("text", sku)
    };
    for (int i = 0; i < arrays.length; i++) {
      insert.setArray(i + 1, arrays[i]);
    }
    insert.executeUpdate();
  }
}
