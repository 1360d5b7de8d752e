package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.pos.PosConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Clover's REST API v3 ({@code Authorization: Bearer}): orders with their line items. */
@ApplicationScoped
public class CloverApi {

  private static final int PAGE_SIZE = 100;
  private static final int MAX_PAGES = 50;
  private static final String EXPAND = "expand=lineItems%2Ccustomers";

  private final VendorHttp http;
  private final ApiCredentials api;

  public CloverApi(VendorHttp http, PosConfig pos) {
    this.http = http;
    this.api = new ApiCredentials("clover", Optional.of(pos.clover().apiUrl()), pos.apiToken());
  }

  public boolean configured() {
    return api.configured();
  }

  /** {@code GET /v3/merchants/{mId}/orders/{orderId}?expand=lineItems,customers}. */
  public JsonNode order(String merchantId, String orderId) {
    return http.get(
            "clover",
            api.uri(
                "/v3/merchants/"
                    + ApiCredentials.encode(merchantId)
                    + "/orders/"
                    + ApiCredentials.encode(orderId)
                    + "?"
                    + EXPAND),
            headers())
        .body();
  }

  /** Orders modified at or after {@code sinceMillis}, oldest first. */
  public List<PolledOrder> ordersModifiedSince(String merchantId, long sinceMillis) {
    var found = new ArrayList<PolledOrder>();
    for (int page = 0; page < MAX_PAGES; page++) {
      JsonNode elements =
          http.get(
                  "clover",
                  api.uri(
                      "/v3/merchants/"
                          + ApiCredentials.encode(merchantId)
                          + "/orders?filter="
                          + ApiCredentials.encode("modifiedTime>=" + sinceMillis)
                          + "&orderBy="
                          + ApiCredentials.encode("modifiedTime ASC")
                          + "&"
                          + EXPAND
                          + "&limit="
                          + PAGE_SIZE
                          + "&offset="
                          + page * PAGE_SIZE),
                  headers())
              .body()
              .path("elements");
      for (JsonNode order : elements) {
        String id = VendorJson.required(order, "id");
        long modified = order.path("modifiedTime").asLong(0);
        found.add(
            new PolledOrder("order:" + merchantId + ":" + id + ":" + modified, modified, order));
      }
      if (elements.size() < PAGE_SIZE) {
        break;
      }
    }
    return found;
  }

  private Map<String, String> headers() {
    return Map.of("Authorization", "Bearer " + api.token());
  }
}
