package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.pos.PosConfig;
import io.vitrine.tenant.pos.PosProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shopify stock through the Admin REST API ({@code X-Shopify-Access-Token}): an inventory level's
 * item becomes its SKU through {@code GET inventory_items.json?ids=} (cached), and the poll lists
 * the levels updated since a time at every location ({@code locations.json}, then {@code
 * inventory_levels.json?location_ids=&updated_at_min=}, paged by the Link header).
 */
@ApplicationScoped
public class ShopifyStockApi {

  /** {@code inventory_items.json} takes at most 100 ids. */
  private static final int ITEMS_PER_CALL = 100;

  /** {@code inventory_levels.json} takes at most 50 location ids. */
  private static final int LOCATIONS_PER_CALL = 50;

  /** Its list is not in order of change: a poll reads it to the end (within reason). */
  private static final int MAX_PAGES = 1000;

  private final VendorHttp http;
  private final ApiCredentials api;
  private final String version;
  private final SkuCache skus = new SkuCache();

  public ShopifyStockApi(VendorHttp http, PosConfig pos) {
    this.http = http;
    this.api =
        new ApiCredentials(
            "shopify",
            pos.shopify().apiUrl().or(() -> pos.shopDomain().map(shop -> "https://" + shop)),
            pos.apiToken());
    this.version = pos.shopify().apiVersion();
  }

  public boolean configured() {
    return api.configured();
  }

  /** The count an {@code inventory_levels/update} webhook carries, by SKU. */
  public VendorCounts fromWebhook(JsonNode level) {
    return bySku(ShopifyLevels.count(level).stream().toList());
  }

  /** The levels updated at or after {@code since}, at every location of the shop. */
  public VendorCounts updatedSince(Instant since) {
    List<String> locations = locationIds();
    var levels = new ArrayList<ItemCount>();
    for (int from = 0; from < locations.size(); from += LOCATIONS_PER_CALL) {
      String ids =
          String.join(
              ",", locations.subList(from, Math.min(locations.size(), from + LOCATIONS_PER_CALL)));
      levels.addAll(levels(ids, since));
    }
    return bySku(levels);
  }

  private List<ItemCount> levels(String locationIds, Instant since) {
    var levels = new ArrayList<ItemCount>();
    URI next =
        api.uri(
            path("inventory_levels.json")
                + "?limit=250&location_ids="
                + ApiCredentials.encode(locationIds)
                + "&updated_at_min="
                + ApiCredentials.encode(since.toString()));
    for (int page = 0; page < MAX_PAGES && next != null; page++) {
      VendorHttp.Answer answer = http.get("shopify", next, headers());
      for (JsonNode level : answer.body().path("inventory_levels")) {
        ShopifyLevels.count(level).ifPresent(levels::add);
      }
      next = ShopifyPages.next(answer).map(api::onApiHost).orElse(null);
    }
    return levels;
  }

  private List<String> locationIds() {
    var ids = new ArrayList<String>();
    for (JsonNode location :
        http.get("shopify", api.uri(path("locations.json")), headers()).body().path("locations")) {
      ids.add(VendorJson.required(location, "id"));
    }
    return ids;
  }

  private VendorCounts bySku(List<ItemCount> levels) {
    return skus.bySku(PosProvider.SHOPIFY, levels, this::fetchSkus);
  }

  /** {@code GET inventory_items.json?ids=}: each inventory item's {@code sku}. */
  private Map<String, String> fetchSkus(Set<String> itemIds) {
    var found = new HashMap<String, String>();
    List<String> ids = List.copyOf(itemIds);
    for (int from = 0; from < ids.size(); from += ITEMS_PER_CALL) {
      String chunk =
          String.join(",", ids.subList(from, Math.min(ids.size(), from + ITEMS_PER_CALL)));
      URI uri =
          api.uri(path("inventory_items.json") + "?limit=250&ids=" + ApiCredentials.encode(chunk));
      for (JsonNode item : http.get("shopify", uri, headers()).body().path("inventory_items")) {
        String sku = VendorJson.text(item, "sku");
        if (sku != null) {
          found.put(VendorJson.required(item, "id"), sku);
        }
      }
    }
    return found;
  }

  private String path(String resource) {
    return "/admin/api/" + version + "/" + resource;
  }

  private Map<String, String> headers() {
    return Map.of("X-Shopify-Access-Token", api.token());
  }
}
