package io.vitrine.e2e.day;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shopify's Admin REST API as far as tenant-service reads it, on 127.0.0.1 (Shopify is a paid
 * remote service): {@code inventory_items.json?ids=} (an inventory item's SKU, what an {@code
 * inventory_levels/update} webhook lacks), and empty {@code locations.json} and {@code orders.json}
 * for the reconciliation polls. Every call must carry the shop's access token in {@code
 * X-Shopify-Access-Token}, as Shopify requires.
 */
public final class FakeShopifyAdmin implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final String accessToken;
  private final Map<Long, String> skuByItem = new ConcurrentHashMap<>();
  private final AtomicInteger itemLookups = new AtomicInteger();

  private FakeShopifyAdmin(String accessToken) throws IOException {
    this.accessToken = accessToken;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/admin/api/", this::handle);
    server.start();
  }

  public static FakeShopifyAdmin start(String accessToken) throws IOException {
    return new FakeShopifyAdmin(accessToken);
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** A product variant's inventory item, as the shop's catalog holds it. */
  public void item(long inventoryItemId, String sku) {
    skuByItem.put(inventoryItemId, sku);
  }

  /** How many {@code inventory_items.json} calls tenant-service made. */
  public int itemLookups() {
    return itemLookups.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!accessToken.equals(exchange.getRequestHeaders().getFirst("X-Shopify-Access-Token"))) {
        reply(exchange, 401, Map.of("errors", "[API] Invalid API key or access token"));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      if (path.endsWith("/inventory_items.json")) {
        itemLookups.incrementAndGet();
        reply(exchange, 200, Map.of("inventory_items", items(exchange)));
      } else if (path.endsWith("/locations.json")) {
        reply(exchange, 200, Map.of("locations", List.of()));
      } else if (path.endsWith("/inventory_levels.json")) {
        reply(exchange, 200, Map.of("inventory_levels", List.of()));
      } else if (path.endsWith("/orders.json")) {
        reply(exchange, 200, Map.of("orders", List.of()));
      } else {
        reply(exchange, 404, Map.of("errors", "Not Found"));
      }
    }
  }

  private List<Map<String, Object>> items(HttpExchange exchange) {
    String query = exchange.getRequestURI().getQuery();
    String ids = "";
    for (String parameter : query == null ? new String[0] : query.split("&")) {
      if (parameter.startsWith("ids=")) {
        ids = java.net.URLDecoder.decode(parameter.substring(4), StandardCharsets.UTF_8);
      }
    }
    return java.util.Arrays.stream(ids.split(","))
        .filter(id -> !id.isBlank())
        .map(Long::parseLong)
        .filter(skuByItem::containsKey)
        .map(id -> Map.<String, Object>of("id", id, "sku", skuByItem.get(id), "tracked", true))
        .toList();
  }

  private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
