package io.vitrine.bench.recommend;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * tenant-service as a JVM from its packaged jar, configured by environment variables as the
 * operator's ConfigMap and Secrets configure the pod.
 */
final class TenantServiceProcess implements AutoCloseable {

  private final Path jar;
  private final Map<String, String> environment;
  private final Path log;
  final int port;
  private Process process;

  TenantServiceProcess(Path jar, Map<String, String> environment, Path log) throws IOException {
    this.jar = jar;
    this.environment = environment;
    this.log = log;
    try (var socket = new ServerSocket(0)) {
      this.port = socket.getLocalPort();
    }
  }

  /** Starts the service and waits until it is ready; returns how long that took. */
  Duration start(Duration timeout) throws IOException, InterruptedException {
    long started = System.nanoTime();
    var builder =
        new ProcessBuilder("java", "-Xms512m", "-Xmx1g", "-jar", jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
    builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
    process = builder.start();
    var http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("tenant-service exited; see " + log);
      }
      try {
        var response =
            http.send(
                HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return Duration.ofNanos(System.nanoTime() - started);
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250); // polling a process we do not control: there is no event to wait on
    }
    throw new IllegalStateException("tenant-service not ready after " + timeout + "; see " + log);
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  static Path defaultJar() {
    return new File(
            System.getProperty("tenant.jar", "tenant-service/target/quarkus-app/quarkus-run.jar"))
        .toPath()
        .toAbsolutePath();
  }
}
