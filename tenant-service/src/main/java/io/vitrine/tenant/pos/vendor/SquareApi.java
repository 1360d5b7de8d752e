package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vitrine.tenant.pos.PosConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Square's Orders and Locations APIs ({@code Authorization: Bearer}, {@code Square-Version}). */
@ApplicationScoped
public class SquareApi {

  /** Square accepts at most ten locations per order search. */
  private static final int LOCATIONS_PER_SEARCH = 10;

  private static final int MAX_PAGES = 50;

  private final VendorHttp http;
  private final ObjectMapper json;
  private final ApiCredentials api;
  private final String version;

  public SquareApi(VendorHttp http, ObjectMapper json, PosConfig pos) {
    this.http = http;
    this.json = json;
    this.api = new ApiCredentials("square", Optional.of(pos.square().apiUrl()), pos.apiToken());
    this.version = pos.square().apiVersion();
  }

  public boolean configured() {
    return api.configured();
  }

  /** {@code GET /v2/orders/{order_id}}: the order with its line items. */
  public JsonNode retrieveOrder(String orderId) {
    JsonNode order =
        http.get("square", api.uri("/v2/orders/" + ApiCredentials.encode(orderId)), headers())
            .body()
            .path("order");
    if (!order.isObject()) {
      throw new MalformedVendorDataException("square answered no order");
    }
    return order;
  }

  /** Orders updated at or after {@code since}, oldest first, across the merchant's locations. */
  public List<PolledOrder> ordersUpdatedSince(Instant since) {
    var found = new ArrayList<PolledOrder>();
    List<String> locations = locationIds();
    for (int from = 0; from < locations.size(); from += LOCATIONS_PER_SEARCH) {
      search(
              locations.subList(from, Math.min(locations.size(), from + LOCATIONS_PER_SEARCH)),
              since)
          .forEach(found::add);
    }
    return found;
  }

  private List<String> locationIds() {
    var ids = new ArrayList<String>();
    for (JsonNode location :
        http.get("square", api.uri("/v2/locations"), headers()).body().path("locations")) {
      ids.add(VendorJson.required(location, "id"));
    }
    return ids;
  }

  private List<PolledOrder> search(List<String> locations, Instant since) {
    var found = new ArrayList<PolledOrder>();
    String cursor = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      JsonNode answer =
          http.post(
                  "square",
                  api.uri("/v2/orders/search"),
                  headers(),
                  query(locations, since, cursor))
              .body();
      for (JsonNode order : answer.path("orders")) {
        String id = VendorJson.required(order, "id");
        long version = order.path("version").asLong(0);
        long updated =
            VendorJson.instant(VendorJson.text(order, "updated_at"), "updated_at").toEpochMilli();
        found.add(new PolledOrder("order:" + id + ":" + version, updated, order));
      }
      cursor = VendorJson.text(answer, "cursor");
      if (cursor == null || cursor.isBlank()) {
        break;
      }
    }
    return found;
  }

  private JsonNode query(List<String> locations, Instant since, String cursor) {
    ObjectNode body = json.createObjectNode();
    locations.forEach(body.putArray("location_ids")::add);
    ObjectNode query = body.putObject("query");
    query
        .putObject("filter")
        .putObject("date_time_filter")
        .putObject("updated_at")
        .put("start_at", since.toString());
    query.putObject("sort").put("sort_field", "UPDATED_AT").put("sort_order", "ASC");
    body.put("limit", 500);
    if (cursor != null) {
      body.put("cursor", cursor);
    }
    return body;
  }

  private Map<String, String> headers() {
    return Map.of("Authorization", "Bearer " + api.token(), "Square-Version", version);
  }
}
