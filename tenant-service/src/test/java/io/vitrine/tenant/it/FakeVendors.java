package io.vitrine.tenant.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The POS vendors' clouds for the ITs: one local HTTP server answering the API calls tenant-service
 * makes, in the vendors' request and response shapes, from orders the test puts. Every call must
 * carry the tenant's token; calls are recorded for the tests to inspect.
 *
 * <ul>
 *   <li>Square: {@code GET /v2/orders/{id}}, {@code GET /v2/locations}, {@code POST
 *       /v2/orders/search}
 *   <li>Clover: {@code GET /v3/merchants/{mId}/orders/{id}}, {@code GET
 *       /v3/merchants/{mId}/orders?filter=modifiedTime>=..}
 *   <li>Lightspeed X-Series: {@code GET /api/2.0/sales/{id}}, {@code GET /api/2.0/sales?after=},
 *       {@code GET /api/2.0/serialnumbers?sale_id=}
 *   <li>Lightspeed R-Series: {@code GET /API/V3/Account/{id}/Sale.json?timeStamp=>,..}
 *   <li>Shopify: {@code GET /admin/api/{version}/orders.json?updated_at_min=}
 *   <li>the stock APIs of {@link FakeVendorsStock}
 * </ul>
 */
public final class FakeVendors {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Map<String, ObjectNode> orders = new ConcurrentHashMap<>();
  private final Map<String, ArrayNode> serialNumbers = new ConcurrentHashMap<>();
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final FakeVendorsStock stock = new FakeVendorsStock();
  private volatile String token;

  FakeVendors() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The token every call must carry (Bearer, or Shopify's access token header). */
  public void expectToken(String token) {
    this.token = token;
  }

  /** Puts an order (or sale) as the vendor's API now returns it, replacing any earlier version. */
  public void put(String id, ObjectNode order) {
    orders.put(id, order);
  }

  /** Serial numbers as Lightspeed X-Series' Serial Numbers API answers them for this sale. */
  public void putSerialNumbers(String saleId, ArrayNode serials) {
    serialNumbers.put(saleId, serials);
  }

  /** The vendors' stock APIs, and the items and counts they answer from. */
  public FakeVendorsStock stock() {
    return stock;
  }

  public List<String> calls() {
    return List.copyOf(calls);
  }

  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      calls.add(exchange.getRequestMethod() + " " + path);
      if (!authorised(exchange)) {
        answer(exchange, 401, JSON.createObjectNode().put("error", "unauthorized"));
        return;
      }
      answer(exchange, route(exchange, path));
    }
  }

  private boolean authorised(HttpExchange exchange) {
    String bearer = exchange.getRequestHeaders().getFirst("Authorization");
    String shopify = exchange.getRequestHeaders().getFirst("X-Shopify-Access-Token");
    return token != null && (("Bearer " + token).equals(bearer) || token.equals(shopify));
  }

  private JsonNode route(HttpExchange exchange, String path) throws IOException {
    String[] parts = path.split("/");
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    JsonNode stocked = stock.route(exchange, path, query);
    if (stocked != null) {
      return stocked;
    }
    if (path.startsWith("/v2/orders/search")) {
      return squareSearch(JSON.readTree(exchange.getRequestBody()));
    }
    if (path.startsWith("/v2/orders/")) {
      return wrap("order", orders.get(parts[3]));
    }
    if (path.equals("/v2/locations")) {
      ObjectNode body = JSON.createObjectNode();
      body.putArray("locations").addObject().put("id", "L-SQUARE-1");
      return body;
    }
    if (path.startsWith("/v3/merchants/") && parts.length == 6) {
      return orders.get(parts[5]);
    }
    if (path.startsWith("/v3/merchants/")) {
      long since = Long.parseLong(query.get("filter").replace("modifiedTime>=", ""));
      return wrap("elements", since(o -> o.path("modifiedTime").asLong(), since, true));
    }
    if (path.startsWith("/api/2.0/sales/")) {
      return wrap("data", orders.get(parts[4]));
    }
    if (path.equals("/api/2.0/serialnumbers")) {
      ObjectNode body =
          wrap("data", serialNumbers.getOrDefault(query.get("sale_id"), JSON.createArrayNode()));
      body.putObject("version").put("min", 0).put("max", 0);
      return body;
    }
    if (path.equals("/api/2.0/sales")) {
      long after = Long.parseLong(query.get("after"));
      ArrayNode sales = since(o -> o.path("version").asLong(), after, false);
      ObjectNode body = wrap("data", sales);
      long max = 0;
      for (JsonNode sale : sales) {
        max = Math.max(max, sale.path("version").asLong());
      }
      body.putObject("version").put("min", after).put("max", max);
      return body;
    }
    if (path.matches("/API/V3/Account/[^/]+/Sale.json")) {
      long since = Instant.parse(query.get("timeStamp").replace(">,", "")).toEpochMilli();
      ObjectNode body = wrap("Sale", since(o -> epochMillis(o.path("timeStamp")), since + 1, true));
      body.putObject("@attributes").put("next", "").put("previous", "");
      return body;
    }
    if (path.matches("/admin/api/[^/]+/orders.json")) {
      long since = java.time.Instant.parse(query.get("updated_at_min")).toEpochMilli();
      return wrap(
          "orders",
          since(
              o ->
                  java.time.OffsetDateTime.parse(o.path("updated_at").asText())
                      .toInstant()
                      .toEpochMilli(),
              since,
              true));
    }
    return null;
  }

  private static long epochMillis(JsonNode timestamp) {
    return OffsetDateTime.parse(timestamp.asText()).toInstant().toEpochMilli();
  }

  private JsonNode squareSearch(JsonNode request) {
    long since =
        java.time.Instant.parse(
                request
                    .path("query")
                    .path("filter")
                    .path("date_time_filter")
                    .path("updated_at")
                    .path("start_at")
                    .asText())
            .toEpochMilli();
    return wrap(
        "orders",
        since(
            o -> java.time.Instant.parse(o.path("updated_at").asText()).toEpochMilli(),
            since,
            true));
  }

  private ArrayNode since(
      java.util.function.ToLongFunction<JsonNode> position, long from, boolean inclusive) {
    ArrayNode found = JSON.createArrayNode();
    orders.values().stream()
        .filter(o -> inclusive ? position.applyAsLong(o) >= from : position.applyAsLong(o) > from)
        .sorted(Comparator.comparingLong(position))
        .forEach(found::add);
    return found;
  }

  private static ObjectNode wrap(String field, JsonNode value) {
    if (value == null) {
      return null;
    }
    ObjectNode body = JSON.createObjectNode();
    body.set(field, value);
    return body;
  }

  private static Map<String, String> query(String raw) {
    var fields = new ConcurrentHashMap<String, String>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        String[] kv = pair.split("=", 2);
        fields.put(
            URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
      }
    }
    return fields;
  }

  private static void answer(HttpExchange exchange, JsonNode body) throws IOException {
    if (body == null) {
      answer(exchange, 404, JSON.createObjectNode().put("error", "not found"));
    } else {
      answer(exchange, 200, body);
    }
  }

  private static void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
