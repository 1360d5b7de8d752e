package io.vitrine.e2e.day;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A Shopify shop's POS as tenant-service's webhook endpoint receives it: {@code orders/create} and
 * {@code inventory_levels/update} deliveries, each signed as Shopify signs them ({@code
 * X-Shopify-Hmac-Sha256} = Base64 of HMAC-SHA256 over the raw body with the app's secret) and
 * carrying the shop's domain, the topic and a delivery id.
 */
public final class ShopifyPos {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI endpoint;
  private final String shop;
  private final byte[] signingKey;

  public ShopifyPos(String tenantUrl, String shop, String signingKey) {
    this.endpoint = URI.create(tenantUrl + "/v1/webhooks/shopify");
    this.shop = shop;
    this.signingKey = signingKey.getBytes(StandardCharsets.UTF_8);
  }

  /** A line of an order: the variant's SKU (Shopify's sale lines carry the catalog's SKU). */
  public record Line(String sku, String price) {}

  /** An {@code orders/create} delivery of a POS order; answers the HTTP status. */
  public int order(long orderId, String locationId, Instant placed, List<Line> lines)
      throws IOException, InterruptedException {
    var items =
        lines.stream()
            .map(
                line ->
                    Map.<String, Object>of(
                        "id",
                        orderId * 10 + lines.indexOf(line),
                        "sku",
                        line.sku(),
                        "quantity",
                        1,
                        "price",
                        line.price()))
            .toList();
    double total = lines.stream().mapToDouble(line -> Double.parseDouble(line.price())).sum();
    var order = new LinkedHashMap<String, Object>();
    order.put("id", orderId);
    order.put("admin_graphql_api_id", "gid://shopify/Order/" + orderId);
    order.put("source_name", "pos");
    order.put("location_id", Long.parseLong(locationId));
    order.put("currency", "EUR");
    order.put("created_at", placed.toString());
    order.put("processed_at", placed.toString());
    order.put("updated_at", placed.toString());
    order.put("cancelled_at", null);
    order.put("total_price", String.format(java.util.Locale.ROOT, "%.2f", total));
    order.put("line_items", items);
    return deliver("orders/create", JSON.writeValueAsBytes(order), signingKey);
  }

  /** An {@code inventory_levels/update} delivery: an inventory item's count at a location. */
  public int inventoryLevel(long inventoryItemId, String locationId, int available, Instant at)
      throws IOException, InterruptedException {
    return inventoryLevel(inventoryItemId, locationId, available, at, signingKey);
  }

  /** The same, signed with another key (a delivery that is not the shop's). */
  public int inventoryLevelSignedWith(
      String key, long inventoryItemId, String locationId, int available, Instant at)
      throws IOException, InterruptedException {
    return inventoryLevel(
        inventoryItemId, locationId, available, at, key.getBytes(StandardCharsets.UTF_8));
  }

  private int inventoryLevel(
      long inventoryItemId, String locationId, int available, Instant at, byte[] key)
      throws IOException, InterruptedException {
    var level = new LinkedHashMap<String, Object>();
    level.put("inventory_item_id", inventoryItemId);
    level.put("location_id", Long.parseLong(locationId));
    level.put("available", available);
    level.put("updated_at", at.toString());
    level.put("admin_graphql_api_id", "gid://shopify/InventoryLevel/" + inventoryItemId);
    return deliver("inventory_levels/update", JSON.writeValueAsBytes(level), key);
  }

  private int deliver(String topic, byte[] body, byte[] key)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/json")
            .header("X-Shopify-Topic", topic)
            .header("X-Shopify-Shop-Domain", shop)
            .header("X-Shopify-Webhook-Id", UUID.randomUUID().toString())
            .header("X-Shopify-API-Version", "2025-01")
            .header("X-Shopify-Hmac-Sha256", sign(body, key))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static String sign(byte[] body, byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
