package io.vitrine.tenant.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A delivery service on a local port, speaking the protocol the channels use: JSON POSTs to {@code
 * /email} and {@code /sms} with an {@code Idempotency-Key}, delivered once per key. Addresses
 * starting with {@code flaky} fail twice with 503 before they are taken; {@code refused} ones get
 * 400. {@code GET /log?ref=...} answers every request received for an address, as JSON.
 */
public final class DeliveryReceiver implements AutoCloseable {

  /** One request as received, and what the receiver did with it. */
  public record Request(
      String path,
      String idempotencyKey,
      String toRef,
      JsonNode payload,
      int status,
      boolean delivered) {}

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Set<String> deliveredKeys = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> attemptsByKey = new ConcurrentHashMap<>();

  public DeliveryReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/email", this::receive);
    server.createContext("/sms", this::receive);
    server.createContext("/log", this::log);
    server.start();
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      JsonNode payload = json.readTree(exchange.getRequestBody());
      String toRef = payload.path("to_ref").asText();
      int attempt =
          attemptsByKey
              .computeIfAbsent(String.valueOf(key), k -> new AtomicInteger())
              .incrementAndGet();
      int status;
      boolean delivered = false;
      if (key == null || toRef.startsWith("refused")) {
        status = 400;
      } else if (toRef.startsWith("flaky") && attempt <= 2) {
        status = 503;
      } else {
        status = 202;
        delivered = deliveredKeys.add(key);
      }
      requests.add(
          new Request(exchange.getHttpContext().getPath(), key, toRef, payload, status, delivered));
      exchange.sendResponseHeaders(status, -1);
    }
  }

  private void log(HttpExchange exchange) throws IOException {
    try (exchange) {
      String query = exchange.getRequestURI().getQuery();
      String ref = query == null ? "" : query.replaceFirst("^ref=", "");
      byte[] body =
          json.writeValueAsBytes(
              requests.stream().filter(request -> request.toRef().equals(ref)).toList());
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
