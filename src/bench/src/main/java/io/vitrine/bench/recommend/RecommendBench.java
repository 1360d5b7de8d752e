package io.vitrine.bench.recommend;

import io.vitrine.bench.BenchJvm;
import io.vitrine.testing.LocalStack;
import io.vitrine.testing.TenantServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * Checkout recommendations under a steady load: loads a large synthetic tenant (SKUS products,
 * SALE_LINES sale lines) into a fresh schema and catalog index, starts tenant-service from its jar,
 * and drives POST /v1/pos/recommend at RATE requests/s with an open-loop generator; then, in the
 * same run and at the same rate, a raw OpenSearch query of the shape the checkout sends and a raw
 * PostgreSQL stock query. Prints client-side throughput and percentiles of all three, and the
 * service's own server-side percentiles (Micrometer, and the SHOWN events' recorded latency).
 */
public final class RecommendBench {

  private static final Pattern QUANTILE =
      Pattern.compile(
          "vitrine_checkout_recommend_seconds\\{quantile=\"([0-9.]+)\",?\\} ([0-9.eE+-]+)");

  private final LocalStack stack = LocalStack.load();
  private final int skus = Integer.getInteger("skus", 50_000);
  private final int saleLines = Integer.getInteger("saleLines", 1_000_000);
  private final int rate = Integer.getInteger("rate", 300);
  // Steady state: on 2 cores the JIT needs about 40 s of this load before latencies settle.
  private final Duration warmup = Duration.ofSeconds(Long.getLong("warmupSeconds", 60));
  private final Duration measure = Duration.ofSeconds(Long.getLong("seconds", 60));
  // The service's JVM options, space separated (for instance the pod's, to compare JIT settings).
  private final String[] jvmOptions = BenchJvm.options("-Xms512m -Xmx1g");
  private final String id =
      HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(3));
  private final HttpClient http = HttpClient.newBuilder().build();

  public static void main(String[] args) throws Exception {
    new RecommendBench().run();
    System.exit(0);
  }

  private void run() throws Exception {
    String schema = "bench_reco_" + id;
    String password = HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(12));
    var tenant = new SyntheticTenant(stack, schema, password, skus, saleLines, 20_000);
    var realm =
        new BenchRealm(
            stack,
            "vitrine-bench-" + id,
            HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(12)),
            password);
    var index = new BenchCatalogIndex(stack.get("VITRINE_OPENSEARCH_URL"), "bench-catalog-" + id);
    Path log = Files.createTempFile("recommend-bench-tenant-service-", ".log");
    System.out.printf(
        "RecommendBench: %d SKUs, %d sale lines, %d req/s for %d s (warm-up %d s), service JVM %s;"
            + " service log %s%n",
        skus,
        saleLines,
        rate,
        measure.toSeconds(),
        warmup.toSeconds(),
        String.join(" ", jvmOptions),
        log);
    tenant.createSchema();
    try {
      realm.create();
      long t0 = System.nanoTime();
      index.create(skus);
      System.out.printf(
          "catalog index: %d documents in %.1f s%n", skus, (System.nanoTime() - t0) / 1e9);
      var launch =
          TenantServiceProcess.launch()
              .jvmOptions(jvmOptions)
              .environment(environment(tenant, realm, index))
              .log(log);
      launch.readyWithin(Duration.ofMinutes(2)).start().close(); // Flyway creates the tables
      t0 = System.nanoTime();
      long store = tenant.load("bench-store");
      System.out.printf(
          "PostgreSQL: %d products, %d sale lines loaded with COPY in %.1f s%n",
          skus, saleLines, (System.nanoTime() - t0) / 1e9);
      try (var service = launch.readyWithin(Duration.ofMinutes(5)).start()) {
        System.out.printf(
            "tenant-service ready (catalog and co-purchase counts loaded) in %.1f s%n",
            service.startTime().toMillis() / 1e3);
        measureAll(service, realm.associateToken(), tenant, store, index);
      }
    } finally {
      quietly(index::drop);
      quietly(realm::drop);
      quietly(tenant::drop);
    }
  }

  private void measureAll(
      TenantServiceProcess service,
      String token,
      SyntheticTenant tenant,
      long store,
      BenchCatalogIndex index)
      throws Exception {
    var carts = new CartGenerator(tenant);
    OpenLoop.run("warm-up", rate, warmup, i -> recommend(service, token, carts.next(i)));
    String loadBefore = loadAverage();
    Instant from = Instant.now();
    var recommend =
        OpenLoop.run(
            "POST /v1/pos/recommend", rate, measure, i -> recommend(service, token, carts.next(i)));
    Instant to = Instant.now();
    var server = serverQuantiles(service);
    var shown = shownLatencies(tenant, from, to);
    var search =
        OpenLoop.run(
            "raw OpenSearch more_like_this", rate, measure.dividedBy(2), i -> rawSearch(index, i));
    var database = rawPostgres(tenant, store);
    System.out.println();
    System.out.printf(
        "Machine load average (1, 5, 15 min) before / after the recommend phase: %s / %s on %d cores%n",
        loadBefore, loadAverage(), Runtime.getRuntime().availableProcessors());
    System.out.println("Client side (open loop, latency from each request's intended start):");
    System.out.println("  " + recommend.line());
    System.out.println("  " + search.line());
    System.out.println("  " + database.line());
    System.out.printf(
        "Server side, recommend (Micrometer vitrine.checkout.recommend, last 2 min): p50 %.2f ms  p95 %.2f ms  p99 %.2f ms%n",
        server.getOrDefault("0.5", Double.NaN),
        server.getOrDefault("0.95", Double.NaN),
        server.getOrDefault("0.99", Double.NaN));
    System.out.printf(
        "Server side, recommend (SHOWN events of the measured phase, ms resolution): %s%n", shown);
    System.out.printf(
        "Targets: server-side p99 <= 15 ms -> %s; client p99 <= 3x raw OpenSearch p99 (%.2f ms) -> %s%n",
        server.getOrDefault("0.99", Double.NaN) <= 15 ? "met" : "MISSED",
        3 * search.millis(99),
        recommend.millis(99) <= 3 * search.millis(99) ? "met" : "MISSED");
  }

  private CompletableFuture<Boolean> recommend(
      TenantServiceProcess service, String token, String body) {
    var request =
        HttpRequest.newBuilder(URI.create(service.url() + "/v1/pos/recommend"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenApply(
            response ->
                response.statusCode() == 200 && response.body().contains("\"enabled\":true"));
  }

  private CompletableFuture<Boolean> rawSearch(BenchCatalogIndex index, long i) {
    int sku = (int) (i * 7919 % skus);
    var request =
        HttpRequest.newBuilder(URI.create(index.searchUrl()))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    BenchCatalogIndex.similarityQuery(
                        SyntheticTenant.name(sku), SyntheticTenant.sku(sku))))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenApply(response -> response.statusCode() == 200);
  }

  /** The stock of 20 candidates in the store, over 16 pooled connections, at the same rate. */
  private OpenLoop.Result rawPostgres(SyntheticTenant tenant, long store) throws Exception {
    int connections = 16;
    BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(connections);
    for (int c = 0; c < connections; c++) {
      pool.add(tenant.asTenant());
    }
    ExecutorService workers = Executors.newFixedThreadPool(connections);
    try {
      return OpenLoop.run(
          "raw PostgreSQL stock query",
          rate,
          measure.dividedBy(2),
          i -> CompletableFuture.supplyAsync(() -> stock(pool, store, i), workers));
    } finally {
      workers.shutdown();
      for (Connection connection : pool) {
        connection.close();
      }
    }
  }

  private boolean stock(BlockingQueue<Connection> pool, long store, long i) {
    Connection connection = null;
    try {
      connection = pool.take();
      String[] candidates = new String[20];
      for (int c = 0; c < candidates.length; c++) {
        candidates[c] = SyntheticTenant.sku((int) ((i * 31 + c * 7919) % skus));
      }
      try (PreparedStatement statement =
          connection.prepareStatement(
              "select sku from inventory where store_id = ? and quantity > 0 and sku = any(?)")) {
        statement.setLong(1, store);
        statement.setArray(2, connection.createArrayOf("text", candidates));
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            rows.getString(1);
          }
        }
      }
      return true;
    } catch (SQLException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      if (connection != null) {
        pool.add(connection);
      }
    }
  }

  private Map<String, Double> serverQuantiles(TenantServiceProcess service) throws Exception {
    String metrics =
        http.send(
                HttpRequest.newBuilder(URI.create(service.url() + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    var quantiles = new java.util.HashMap<String, Double>();
    var matcher = QUANTILE.matcher(metrics);
    while (matcher.find()) {
      quantiles.put(matcher.group(1), Double.parseDouble(matcher.group(2)) * 1000);
    }
    return quantiles;
  }

  private String shownLatencies(SyntheticTenant tenant, Instant from, Instant to) throws Exception {
    Thread.sleep(1000); // the service writes its events behind the answers, every 25 ms
    try (Connection connection = tenant.asTenant();
        PreparedStatement statement =
            connection.prepareStatement(
                "select count(*), percentile_disc(0.5) within group (order by latency_ms),"
                    + " percentile_disc(0.95) within group (order by latency_ms),"
                    + " percentile_disc(0.99) within group (order by latency_ms), max(latency_ms)"
                    + " from feature_events where kind = 'SHOWN' and occurred_at between ? and ?")) {
      statement.setTimestamp(1, Timestamp.from(from));
      statement.setTimestamp(2, Timestamp.from(to));
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return "%d events, p50 <%d ms, p95 <%d ms, p99 <%d ms, max <%d ms (truncated to whole ms)"
            .formatted(
                rows.getLong(1),
                rows.getInt(2) + 1,
                rows.getInt(3) + 1,
                rows.getInt(4) + 1,
                rows.getInt(5) + 1);
      }
    }
  }

  private Map<String, String> environment(
      SyntheticTenant tenant, BenchRealm realm, BenchCatalogIndex index) {
    var env =
        new HashMap<>(
            TenantServiceProcess.databaseEnvironment(
                stack, tenant.schema, tenant.password, tenant.schema));
    env.putAll(
        Map.ofEntries(
            Map.entry("VITRINE_KEYCLOAK_URL", realm.url()),
            Map.entry("VITRINE_KEYCLOAK_REALM", realm.realm),
            Map.entry("VITRINE_KEYCLOAK_SERVICE_CLIENT_ID", BenchRealm.CLIENT),
            Map.entry("VITRINE_KEYCLOAK_SERVICE_CLIENT_SECRET", realm.secret()),
            Map.entry("VITRINE_OPENSEARCH_URL", stack.get("VITRINE_OPENSEARCH_URL")),
            Map.entry("VITRINE_CATALOG_INDEX_ALIAS", index.alias),
            Map.entry("VITRINE_FEATURES_UNGOVERNED", "enabled")));
    return env;
  }

  /** Other processes share these cores; the figures mean little without it. */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private static void quietly(Runnable cleanup) {
    try {
      cleanup.run();
    } catch (RuntimeException e) {
      System.err.println("cleanup: " + e.getMessage());
    }
  }

  /** Carts as a till sends them: 1-3 items drawn by popularity, half with a known customer. */
  private static final class CartGenerator {
    private final SyntheticTenant tenant;

    CartGenerator(SyntheticTenant tenant) {
      this.tenant = tenant;
    }

    String next(long i) {
      var random = new SplittableRandom(i);
      var items = new ArrayList<Map<String, String>>();
      int size = 1 + random.nextInt(3);
      for (int n = 0; n < size; n++) {
        int sku = tenant.popular(random);
        items.add(
            Map.of(
                "sku",
                SyntheticTenant.sku(sku),
                "name",
                SyntheticTenant.name(sku),
                "category",
                SyntheticTenant.category(sku)));
      }
      var cart = new java.util.HashMap<String, Object>();
      cart.put("cart_id", "bench-cart-" + i);
      cart.put("store_id", "bench-store");
      if (random.nextBoolean()) {
        cart.put("customer_id", SyntheticTenant.customer(1 + random.nextInt(tenant.customers)));
      }
      cart.put("line_items", items);
      cart.put(
          "session_context",
          Map.of(
              "loyalty_tier",
              "gold",
              "allergies",
              random.nextInt(5) == 0 ? List.of("parabens") : List.of()));
      return BenchHttp.write(cart);
    }
  }
}
