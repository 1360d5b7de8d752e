package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vitrine.tenant.pos.PosConfig;
import io.vitrine.tenant.pos.PosProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Square stock through the Inventory and Catalog APIs ({@code Authorization: Bearer}, {@code
 * Square-Version}): a count's catalog object (item variation) becomes its SKU through {@code POST
 * /v2/catalog/batch-retrieve} ({@code item_variation_data.sku}, cached), and the poll lists the
 * {@code IN_STOCK} counts changed since a time with {@code POST
 * /v2/inventory/counts/batch-retrieve} ({@code updated_after}, paged by cursor).
 */
@ApplicationScoped
public class SquareStockApi {

  /** {@code /v2/catalog/batch-retrieve} takes at most 1,000 object ids. */
  private static final int OBJECTS_PER_CALL = 1000;

  /** Its list is not in order of change: a poll reads it to the end (within reason). */
  private static final int MAX_PAGES = 1000;

  private final VendorHttp http;
  private final ObjectMapper json;
  private final ApiCredentials api;
  private final String version;
  private final SkuCache skus = new SkuCache();

  public SquareStockApi(VendorHttp http, ObjectMapper json, PosConfig pos) {
    this.http = http;
    this.json = json;
    this.api = new ApiCredentials("square", Optional.of(pos.square().apiUrl()), pos.apiToken());
    this.version = pos.square().apiVersion();
  }

  public boolean configured() {
    return api.configured();
  }

  /** The counts an {@code inventory.count.updated} notification carries, by SKU. */
  public VendorCounts fromNotification(JsonNode notification) {
    return bySku(SquareCounts.ofNotification(notification));
  }

  /** The {@code IN_STOCK} counts changed after {@code since}, at every location. */
  public VendorCounts updatedSince(Instant since) {
    var counts = new ArrayList<ItemCount>();
    String cursor = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      JsonNode answer =
          http.post(
                  "square",
                  api.uri("/v2/inventory/counts/batch-retrieve"),
                  headers(),
                  countsQuery(since, cursor))
              .body();
      counts.addAll(SquareCounts.inStock(answer.path("counts")));
      cursor = VendorJson.text(answer, "cursor");
      if (cursor == null || cursor.isBlank()) {
        break;
      }
    }
    return bySku(counts);
  }

  private JsonNode countsQuery(Instant since, String cursor) {
    ObjectNode body = json.createObjectNode().put("updated_after", since.toString());
    body.putArray("states").add("IN_STOCK");
    body.put("limit", 1000);
    if (cursor != null) {
      body.put("cursor", cursor);
    }
    return body;
  }

  /** The SKU of each catalog object (item variation) id, for sale lines; see {@link SaleSkus}. */
  public Map<String, Optional<String>> skus(Collection<String> objectIds) {
    return skus.of(objectIds, this::fetchSkus);
  }

  private VendorCounts bySku(List<ItemCount> counts) {
    return skus.bySku(PosProvider.SQUARE, counts, this::fetchSkus);
  }

  /** {@code POST /v2/catalog/batch-retrieve}: each item variation's {@code sku}. */
  private Map<String, String> fetchSkus(Set<String> objectIds) {
    var found = new HashMap<String, String>();
    List<String> ids = List.copyOf(objectIds);
    for (int from = 0; from < ids.size(); from += OBJECTS_PER_CALL) {
      ObjectNode body = json.createObjectNode();
      ids.subList(from, Math.min(ids.size(), from + OBJECTS_PER_CALL))
          .forEach(body.putArray("object_ids")::add);
      JsonNode answer =
          http.post("square", api.uri("/v2/catalog/batch-retrieve"), headers(), body).body();
      for (JsonNode object : answer.path("objects")) {
        String sku = VendorJson.text(object.path("item_variation_data"), "sku");
        if (sku != null) {
          found.put(VendorJson.required(object, "id"), sku);
        }
      }
    }
    return found;
  }

  private Map<String, String> headers() {
    return Map.of("Authorization", "Bearer " + api.token(), "Square-Version", version);
  }
}
