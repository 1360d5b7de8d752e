package io.vitrine.tenant.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback proxy in front of the model server that records every request body it forwards and the
 * answer, so that a test can read exactly what the model received. It can also hold requests back
 * (a model that does not answer in time) until released.
 */
final class ModelRecorder implements AutoCloseable {

  /** One exchange: what tenant-service sent and what the model server answered. */
  record Exchange(String path, String request, int status, String response) {}

  private final HttpServer server;
  private final URI upstream;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
  private volatile CountDownLatch held = new CountDownLatch(0);

  ModelRecorder(URI upstream) throws IOException {
    this.upstream = upstream;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::forward);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /** Requests from now on wait until {@link #release()}. */
  void hold() {
    held = new CountDownLatch(1);
  }

  void release() {
    held.countDown();
  }

  private void forward(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().toString();
    awaitRelease();
    int status;
    String answer;
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(upstream.resolve(path))
                  .timeout(Duration.ofMinutes(5))
                  .header("Content-Type", "application/json")
                  .method(exchange.getRequestMethod(), bodyOf(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      status = response.statusCode();
      answer = response.body();
    } catch (IOException e) {
      status = 502;
      answer = "{\"error\":{\"message\":\"model server unreachable\"}}";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = 503;
      answer = "{}";
    }
    exchanges.add(new Exchange(path, body, status, answer));
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static HttpRequest.BodyPublisher bodyOf(String body) {
    return body.isEmpty()
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body);
  }

  private void awaitRelease() {
    try {
      if (!held.await(5, TimeUnit.MINUTES)) {
        throw new UncheckedIOException(new IOException("held for too long"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    release();
    server.stop(0);
  }
}
