package io.vitrine.bench;

import io.vitrine.testing.LocalStack;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

/**
 * tenant-service as a process (JVM mode, {@code tenant-service/target/quarkus-app}), configured by
 * environment variables as the operator configures the pod, for a Shopify tenant.
 */
final class TenantServiceProcess implements AutoCloseable {

  private static final Path JAR = Path.of("tenant-service/target/quarkus-app/quarkus-run.jar");

  private final Process process;
  private final int port;
  private final String signingKey;
  private final String shopDomain;
  private final double startSeconds;

  private TenantServiceProcess(
      Process process, int port, String signingKey, String shopDomain, double startSeconds) {
    this.process = process;
    this.port = port;
    this.signingKey = signingKey;
    this.shopDomain = shopDomain;
    this.startSeconds = startSeconds;
  }

  static TenantServiceProcess start(LocalStack stack, BenchTenant tenant) throws Exception {
    Path jar = locate();
    int port = freePort();
    var secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    String signingKey = HexFormat.of().formatHex(secret);
    String shop = tenant.schema().replace('_', '-') + ".myshopify.com";
    var builder = new ProcessBuilder("java", "-jar", jar.toString());
    builder.redirectErrorStream(true);
    builder.redirectOutput(File.createTempFile("tenant-service-bench", ".log"));
    Map<String, String> env = builder.environment();
    String pg =
        stack.get("VITRINE_PG_HOST")
            + ":"
            + stack.get("VITRINE_PG_PORT")
            + "/"
            + stack.get("VITRINE_PG_DATABASE");
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://" + pg);
    env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + pg);
    env.put("QUARKUS_DATASOURCE_USERNAME", tenant.role());
    env.put("QUARKUS_DATASOURCE_PASSWORD", tenant.password());
    env.put("VITRINE_DATABASE_SCHEMA", tenant.schema());
    env.put("VITRINE_KEYCLOAK_URL", stack.get("VITRINE_KEYCLOAK_URL"));
    env.put("VITRINE_KEYCLOAK_REALM", "master");
    env.put("VITRINE_OPENSEARCH_URL", stack.get("VITRINE_OPENSEARCH_URL"));
    env.put("VITRINE_POS_PROVIDER", "shopify");
    env.put("VITRINE_POS_SHOP_DOMAIN", shop);
    env.put("VITRINE_POS_WEBHOOK_SIGNING_KEY", signingKey);
    env.put("VITRINE_POS_RECONCILIATION_INTERVAL", "off");
    long begin = System.nanoTime();
    Process process = builder.start();
    var service =
        new TenantServiceProcess(process, port, signingKey, shop, awaitReady(process, port, begin));
    tenant.createBaselineTable();
    return service;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  String signingKey() {
    return signingKey;
  }

  String shopDomain() {
    return shopDomain;
  }

  double startSeconds() {
    return startSeconds;
  }

  /** Resident memory now, from /proc (Linux). */
  long rssKb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  private static double awaitReady(Process process, int port, long begin) throws Exception {
    var http = HttpClient.newHttpClient();
    var ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = begin + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("tenant-service exited with " + process.exitValue());
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return (System.nanoTime() - begin) / 1e9;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    process.destroy();
    throw new IllegalStateException("tenant-service was not ready within 60 s");
  }

  private static Path locate() {
    for (Path candidate : new Path[] {JAR, Path.of("..", "..").resolve(JAR)}) {
      if (Files.exists(candidate)) {
        return candidate.toAbsolutePath();
      }
    }
    throw new IllegalStateException(JAR + " is missing: build tenant-service first");
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
