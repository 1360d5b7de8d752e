package io.vitrine.tenant.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The vendors' stock APIs for {@link FakeVendors}, in their documented request and response shapes,
 * from the items and counts a test puts:
 *
 * <ul>
 *   <li>Shopify: {@code GET locations.json}, {@code GET inventory_levels.json?location_ids=
 *       &updated_at_min=}, {@code GET inventory_items.json?ids=}
 *   <li>Square: {@code POST /v2/catalog/batch-retrieve}, {@code POST
 *       /v2/inventory/counts/batch-retrieve}
 *   <li>Lightspeed X-Series: {@code GET /api/2.0/products/{id}}, {@code GET
 *       /api/2.0/products/{id}/inventory}, {@code GET /api/2.0/inventory?after=}
 *   <li>Clover: {@code GET /v3/merchants/{mId}/items/{id}?expand=itemStock}, {@code GET
 *       /v3/merchants/{mId}/items?expand=itemStock}
 *   <li>Lightspeed R-Series: {@code GET /API/V3/Account/{id}/Item.json?timeStamp=>,..}
 * </ul>
 */
public final class FakeVendorsStock {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Set<String> shopifyLocations = ConcurrentHashMap.newKeySet();
  private final Map<String, String> skus = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> levels = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> items = new ConcurrentHashMap<>();

  /** A Shopify location, listed by {@code locations.json}. */
  public void shopifyLocation(String id) {
    shopifyLocations.add(id);
  }

  /** The SKU of a vendor's item: a Shopify inventory item, Square variation or X-Series product. */
  public void sku(String itemId, String sku) {
    skus.put(itemId, sku);
  }

  /**
   * A count as the vendor's list returns it, replacing the earlier count of the same item at the
   * same location: a Shopify level, a Square count or an X-Series inventory record.
   */
  public void count(String itemId, String locationId, ObjectNode count) {
    levels.put(itemId + "@" + locationId, count);
  }

  /** A Clover item (with its {@code itemStock}) or an R-Series item (with its ItemShops). */
  public void item(String id, ObjectNode item) {
    items.put(id, item);
  }

  /** The stock API's answer, or null when the call is not a stock call. */
  JsonNode route(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
    String[] parts = path.split("/");
    if (path.matches("/admin/api/[^/]+/locations.json")) {
      ArrayNode locations = JSON.createArrayNode();
      shopifyLocations.forEach(id -> locations.addObject().put("id", Long.parseLong(id)));
      return wrap("locations", locations);
    }
    if (path.matches("/admin/api/[^/]+/inventory_levels.json")) {
      Set<String> at = Set.of(query.get("location_ids").split(","));
      long since = Instant.parse(query.get("updated_at_min")).toEpochMilli();
      return wrap(
          "inventory_levels",
          counts(
              level ->
                  at.contains(level.path("location_id").asText())
                      && millis(level.path("updated_at")) >= since,
              "updated_at"));
    }
    if (path.matches("/admin/api/[^/]+/inventory_items.json")) {
      ArrayNode found = JSON.createArrayNode();
      for (String id : query.get("ids").split(",")) {
        if (skus.containsKey(id)) {
          found
              .addObject()
              .put("id", Long.parseLong(id))
              .put("sku", skus.get(id))
              .put("tracked", true);
        }
      }
      return wrap("inventory_items", found);
    }
    if (path.equals("/v2/catalog/batch-retrieve")) {
      ArrayNode objects = JSON.createArrayNode();
      for (JsonNode id : JSON.readTree(exchange.getRequestBody()).path("object_ids")) {
        if (skus.containsKey(id.asText())) {
          ObjectNode variation =
              objects.addObject().put("type", "ITEM_VARIATION").put("id", id.asText());
          variation.putObject("item_variation_data").put("sku", skus.get(id.asText()));
        }
      }
      return wrap("objects", objects);
    }
    if (path.equals("/v2/inventory/counts/batch-retrieve")) {
      long after = millis(JSON.readTree(exchange.getRequestBody()).path("updated_after"));
      return wrap(
          "counts", counts(count -> millis(count.path("calculated_at")) > after, "calculated_at"));
    }
    if (path.matches("/api/2.0/products/[^/]+/inventory")) {
      return wrap(
          "data", counts(record -> record.path("product_id").asText().equals(parts[4]), "version"));
    }
    if (path.matches("/api/2.0/products/[^/]+")) {
      return skus.containsKey(parts[4])
          ? wrap("data", JSON.createObjectNode().put("id", parts[4]).put("sku", skus.get(parts[4])))
          : null;
    }
    if (path.equals("/api/2.0/inventory")) {
      long after = Long.parseLong(query.get("after"));
      ArrayNode records = counts(record -> record.path("version").asLong() > after, "version");
      long max = after;
      for (JsonNode record : records) {
        max = Math.max(max, record.path("version").asLong());
      }
      ObjectNode body = wrap("data", records);
      body.putObject("version").put("min", after).put("max", max);
      return body;
    }
    if (path.matches("/v3/merchants/[^/]+/items/[^/]+")) {
      return items.get(parts[5]);
    }
    if (path.matches("/v3/merchants/[^/]+/items")) {
      int offset = Integer.parseInt(query.getOrDefault("offset", "0"));
      ArrayNode elements = JSON.createArrayNode();
      items.values().stream().skip(offset).forEach(elements::add);
      return wrap("elements", elements);
    }
    if (path.matches("/API/V3/Account/[^/]+/Item.json")) {
      long since = Instant.parse(query.get("timeStamp").replace(">,", "")).toEpochMilli();
      ArrayNode changed = JSON.createArrayNode();
      items.values().stream()
          .filter(item -> millis(item.path("timeStamp")) > since)
          .sorted(Comparator.comparingLong(item -> millis(item.path("timeStamp"))))
          .forEach(changed::add);
      ObjectNode body = wrap("Item", changed);
      body.putObject("@attributes").put("next", "").put("previous", "");
      return body;
    }
    return null;
  }

  private ArrayNode counts(Predicate<JsonNode> wanted, String order) {
    ArrayNode found = JSON.createArrayNode();
    List<ObjectNode> sorted =
        levels.values().stream()
            .filter(wanted)
            .sorted(Comparator.comparing(count -> sortable(count.path(order))))
            .toList();
    sorted.forEach(found::add);
    return found;
  }

  /** Versions in numeric order, timestamps (of one zone) in time order. */
  private static String sortable(JsonNode value) {
    return value.isNumber() ? "%020d".formatted(value.asLong()) : value.asText();
  }

  private static long millis(JsonNode timestamp) {
    return OffsetDateTime.parse(timestamp.asText()).toInstant().toEpochMilli();
  }

  private static ObjectNode wrap(String field, JsonNode value) {
    ObjectNode body = JSON.createObjectNode();
    body.set(field, value);
    return body;
  }
}
