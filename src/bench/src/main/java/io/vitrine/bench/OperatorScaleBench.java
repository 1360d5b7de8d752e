package io.vitrine.bench;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.vitrine.api.v1alpha1.DeletionPolicy;
import io.vitrine.api.v1alpha1.PosProvider;
import io.vitrine.api.v1alpha1.PosSpec;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.api.v1alpha1.RetailerIntegrationSpec;
import io.vitrine.api.v1alpha1.SecretReference;
import io.vitrine.api.v1alpha1.Segment;
import io.vitrine.testing.LocalStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Applies many RetailerIntegrations to the real API server, with the local operator running, and
 * reports time to all Ready, reconciles per second, operator memory per tenant and where the time
 * goes; beside it, the raw cost of creating the same external parts directly (the baseline).
 *
 * <p>Run with {@code make bench-operator} (TENANTS=100 by default).
 */
public final class OperatorScaleBench {

  private static final String OPERATOR_METRICS = "http://127.0.0.1:18090/q/metrics";
  private static final Duration DEADLINE = Duration.ofMinutes(20);

  private final LocalStack stack = LocalStack.load();
  private final KubernetesClient kube =
      new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(stack.kubeconfig())).build();
  private final HttpClient http = HttpClient.newHttpClient();

  public static void main(String[] args) throws Exception {
    int tenants = Integer.parseInt(System.getProperty("tenants", "100"));
    int baselineTenants = Integer.parseInt(System.getProperty("baselineTenants", "10"));
    new OperatorScaleBench().run(tenants, baselineTenants);
  }

  private void run(int tenants, int baselineTenants) throws Exception {
    var baseline = new RawPlatformBaseline(stack).measure(baselineTenants);
    var before = scrape();
    long rssBefore = operatorRssKb();
    List<String> names =
        IntStream.range(0, tenants).mapToObj(i -> "bench-%03d".formatted(i)).toList();

    long start = System.nanoTime();
    names.forEach(this::apply);
    long applied = System.nanoTime();
    var readyAfter = awaitAllReady(names, start);
    long allReady = System.nanoTime();
    var after = scrape();
    long rssAfter = operatorRssKb();

    report(
        tenants,
        baseline,
        before,
        after,
        readyAfter,
        seconds(start, applied),
        seconds(start, allReady),
        rssBefore,
        rssAfter);
    long deleting = System.nanoTime();
    deleteAll(names);
    System.out.printf(
        "deleting %d tenants (deletionPolicy Delete): %.1f s%n",
        tenants, seconds(deleting, System.nanoTime()));
    kube.close();
  }

  private void apply(String name) {
    kube.resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(name + "-pos")
                .withNamespace("vitrine-system")
                .endMetadata()
                .withStringData(Map.of("apiToken", "bench-token", "webhookSigningKey", "bench-key"))
                .build())
        .serverSideApply();
    kube.resource(retailer(name)).serverSideApply();
  }

  private static RetailerIntegration retailer(String name) {
    var pos = new PosSpec();
    pos.setProvider(PosProvider.SHOPIFY);
    pos.setShopDomain(name + ".myshopify.com");
    pos.setCredentialsSecretRef(new SecretReference("vitrine-system", name + "-pos"));
    var spec = new RetailerIntegrationSpec();
    spec.setRetailerId(name);
    spec.setDisplayName("Benchmark " + name);
    spec.setSegment(Segment.BEAUTY);
    spec.setDeletionPolicy(DeletionPolicy.Delete);
    spec.setPos(pos);
    spec.getTenantService().setReplicas(1);
    var retailer = new RetailerIntegration();
    retailer.getMetadata().setName(name);
    retailer.setSpec(spec);
    return retailer;
  }

  /** Seconds from start until each tenant was first seen Ready. */
  private List<Double> awaitAllReady(List<String> names, long start) throws InterruptedException {
    var readyAt = new HashMap<String, Double>();
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (readyAt.size() < names.size()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            readyAt.size() + " of " + names.size() + " Ready after " + DEADLINE);
      }
      for (var retailer : kube.resources(RetailerIntegration.class).list().getItems()) {
        String name = retailer.getMetadata().getName();
        if (names.contains(name) && !readyAt.containsKey(name) && isReady(retailer)) {
          readyAt.put(name, seconds(start, System.nanoTime()));
        }
      }
      Thread.sleep(250); // polling interval of the measurement, not a synchronisation
    }
    return readyAt.values().stream().sorted().toList();
  }

  private static boolean isReady(RetailerIntegration retailer) {
    return retailer.getStatus() != null
        && retailer.getStatus().getConditions().stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  private void deleteAll(List<String> names) {
    names.forEach(name -> kube.resources(RetailerIntegration.class).withName(name).delete());
    names.forEach(
        name ->
            kube.resources(RetailerIntegration.class)
                .withName(name)
                .waitUntilCondition(
                    r -> r == null, DEADLINE.toMinutes(), java.util.concurrent.TimeUnit.MINUTES));
    names.forEach(
        name -> kube.secrets().inNamespace("vitrine-system").withName(name + "-pos").delete());
  }

  private void report(
      int tenants,
      RawPlatformBaseline.Result baseline,
      Metrics before,
      Metrics after,
      List<Double> readyAfter,
      double applySeconds,
      double allReadySeconds,
      long rssBefore,
      long rssAfter) {
    System.out.println();
    System.out.println(
        "== Operator scale: " + tenants + " RetailerIntegrations on the local stack ==");
    System.out.printf("applied all in          %8.1f s%n", applySeconds);
    System.out.printf("all Ready after         %8.1f s%n", allReadySeconds);
    System.out.printf(
        "time to Ready p50/p95/max %6.1f / %.1f / %.1f s%n",
        pct(readyAfter, 50), pct(readyAfter, 95), readyAfter.get(readyAfter.size() - 1));
    double reconciles =
        after.value("operator_sdk_reconciliations_started_total")
            - before.value("operator_sdk_reconciliations_started_total");
    System.out.printf(
        "reconciles              %8.0f (%.1f per second, %.1f per tenant)%n",
        reconciles, reconciles / allReadySeconds, reconciles / tenants);
    System.out.printf(
        "operator RSS            %8d MB -> %d MB (%.2f MB per tenant)%n",
        rssBefore / 1024, rssAfter / 1024, (rssAfter - rssBefore) / 1024.0 / tenants);
    System.out.println(
        "where the time goes (operator, mean per apply, vs raw baseline per tenant):");
    for (String part : List.of("database", "catalog-index", "realm")) {
      double sum =
          after.value("vitrine_external_apply_seconds_sum", part)
              - before.value("vitrine_external_apply_seconds_sum", part);
      double count =
          after.value("vitrine_external_apply_seconds_count", part)
              - before.value("vitrine_external_apply_seconds_count", part);
      System.out.printf(
          "  %-14s %7.0f ms x %4.0f applies   raw baseline %7.0f ms%n",
          part, count == 0 ? 0 : 1000 * sum / count, count, baseline.meanMillis(part));
    }
    System.out.printf(
        "raw baseline: one tenant's external parts, sequentially: %.0f ms (x %d tenants = %.1f s if serial)%n",
        baseline.totalMillis(), tenants, baseline.totalMillis() * tenants / 1000);
  }

  private static double pct(List<Double> sorted, int percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }

  private static double seconds(long from, long to) {
    return (to - from) / 1e9;
  }

  private long operatorRssKb() throws IOException {
    Path pidFile = Path.of(stack.get("VITRINE_STATE"), "operator", "operator.pid");
    String pid = Files.readString(pidFile).trim();
    return Files.readAllLines(Path.of("/proc", pid, "status")).stream()
        .filter(line -> line.startsWith("VmRSS:"))
        .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
        .findFirst()
        .orElseThrow();
  }

  private Metrics scrape() throws IOException, InterruptedException {
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(OPERATOR_METRICS)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "the operator's metrics answered "
              + response.statusCode()
              + ": is it running (make run)?");
    }
    return new Metrics(response.body());
  }

  /** A Prometheus text exposition, summed by metric name and optional part tag. */
  record Metrics(String text) {
    double value(String name) {
      return value(name, null);
    }

    double value(String name, String part) {
      return text.lines()
          .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
          .filter(line -> part == null || line.contains("part=\"" + part + "\""))
          .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
          .sum();
    }
  }
}
