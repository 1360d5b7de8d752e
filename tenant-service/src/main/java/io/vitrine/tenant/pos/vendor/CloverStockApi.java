package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.pos.PosConfig;
import io.vitrine.tenant.pos.PosProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Clover stock through REST API v3 ({@code Authorization: Bearer}). An inventory notification names
 * an item ({@code I:<id>}, or {@code IS:<id>} for the item stock topic); the item is then read with
 * its stock and SKU ({@code GET /v3/merchants/{mId}/items/{id}?expand=itemStock}). The poll reads
 * every item the same way, a page at a time: Clover's items list filters stock changes by no time,
 * so each poll re-reads (and re-confirms) all counts.
 */
@ApplicationScoped
public class CloverStockApi {

  private static final int PAGE_SIZE = 1000;

  /** Its list is not in order of change: a poll reads it to the end (within reason). */
  private static final int MAX_PAGES = 1000;

  private final VendorHttp http;
  private final ApiCredentials api;
  private final Clock clock = Clock.systemUTC();
  private final SkuCache skus = new SkuCache();

  public CloverStockApi(VendorHttp http, PosConfig pos) {
    this.http = http;
    this.api = new ApiCredentials("clover", Optional.of(pos.clover().apiUrl()), pos.apiToken());
  }

  public boolean configured() {
    return api.configured();
  }

  /** The count of the item an inventory notification names ({@code I:} or {@code IS:}). */
  public VendorCounts item(String merchantId, String itemId) {
    Instant readAt = clock.instant();
    JsonNode item =
        get(
            "/v3/merchants/"
                + ApiCredentials.encode(merchantId)
                + "/items/"
                + ApiCredentials.encode(itemId)
                + "?expand=itemStock");
    return counts(merchantId, List.of(item), readAt);
  }

  /**
   * The SKU of each item id of a merchant, for sale lines ({@link CloverItems#sku}; one {@code GET
   * /v3/merchants/{mId}/items/{id}} per item not cached; an item the merchant no longer has, none).
   */
  public Map<String, Optional<String>> skus(String merchantId, Collection<String> itemIds) {
    return skus.of(itemIds, missing -> fetchSkus(merchantId, missing));
  }

  private Map<String, String> fetchSkus(String merchantId, Set<String> itemIds) {
    var found = new HashMap<String, String>();
    for (String id : itemIds) {
      VendorHttp.ifFound(
              () ->
                  get(
                      "/v3/merchants/"
                          + ApiCredentials.encode(merchantId)
                          + "/items/"
                          + ApiCredentials.encode(id)))
          .flatMap(CloverItems::sku)
          .ifPresent(sku -> found.put(id, sku));
    }
    return found;
  }

  /** Every item's count. */
  public VendorCounts all(String merchantId) {
    VendorCounts found = VendorCounts.none();
    for (int page = 0; page < MAX_PAGES; page++) {
      Instant readAt = clock.instant();
      JsonNode elements =
          get("/v3/merchants/"
                  + ApiCredentials.encode(merchantId)
                  + "/items?expand=itemStock&limit="
                  + PAGE_SIZE
                  + "&offset="
                  + page * PAGE_SIZE)
              .path("elements");
      var items = new ArrayList<JsonNode>();
      elements.forEach(items::add);
      found = found.plus(counts(merchantId, items, readAt));
      if (elements.size() < PAGE_SIZE) {
        break;
      }
    }
    return found;
  }

  private static VendorCounts counts(String merchantId, List<JsonNode> items, Instant readAt) {
    var counts = new ArrayList<ItemCount>();
    var skus = new HashMap<String, Optional<String>>();
    for (JsonNode item : items) {
      CloverItems.count(merchantId, item, readAt)
          .ifPresent(
              count -> {
                counts.add(count);
                skus.put(count.itemRef(), CloverItems.sku(item));
              });
    }
    return VendorCounts.bySku(PosProvider.CLOVER, counts, skus);
  }

  private JsonNode get(String pathAndQuery) {
    return http.get(
            "clover", api.uri(pathAndQuery), Map.of("Authorization", "Bearer " + api.token()))
        .body();
  }
}
