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
 * Lightspeed Retail X-Series stock through API 2.0 ({@code Authorization: Bearer}). An {@code
 * inventory.update} webhook names the product; its records at every outlet are then read with their
 * versions ({@code GET /api/2.0/products/{id}/inventory}), so that the newest wins whatever order
 * the webhooks arrive in. A product becomes its SKU through {@code GET /api/2.0/products/{id}}
 * (cached). The poll pages every record by version ({@code GET /api/2.0/inventory?after=}).
 */
@ApplicationScoped
public class LightspeedXStockApi {

  private static final int PAGE_SIZE = 1000;
  private static final int MAX_PAGES = 50;

  private final VendorHttp http;
  private final ApiCredentials api;
  private final SkuCache skus = new SkuCache();
  private final Clock clock = Clock.systemUTC();

  public LightspeedXStockApi(VendorHttp http, PosConfig pos) {
    this.http = http;
    this.api =
        new ApiCredentials(
            "lightspeed-x",
            pos.lightspeedX()
                .apiUrl()
                .or(
                    () ->
                        pos.domainPrefix()
                            .map(prefix -> "https://" + prefix + ".retail.lightspeed.app")),
            pos.apiToken());
  }

  public boolean configured() {
    return api.configured();
  }

  /** The product's counts at every outlet, for the {@code inventory.update} webhook's payload. */
  public VendorCounts fromWebhook(JsonNode payload) {
    String productId = VendorJson.required(payload, "product_id");
    Instant readAt = clock.instant();
    JsonNode records =
        get("/api/2.0/products/" + ApiCredentials.encode(productId) + "/inventory").path("data");
    return bySku(counts(records, readAt));
  }

  /** Every record whose version is above {@code afterVersion}, in version order. */
  public VendorCounts after(long afterVersion) {
    var counts = new ArrayList<ItemCount>();
    long after = afterVersion;
    for (int page = 0; page < MAX_PAGES; page++) {
      Instant readAt = clock.instant();
      JsonNode answer = get("/api/2.0/inventory?after=" + after + "&page_size=" + PAGE_SIZE);
      JsonNode data = answer.path("data");
      if (data.isEmpty()) {
        break;
      }
      counts.addAll(counts(data, readAt));
      for (JsonNode record : data) {
        after = Math.max(after, record.path("version").asLong(0));
      }
      after = Math.max(after, answer.path("version").path("max").asLong(after));
    }
    VendorCounts found = bySku(counts);
    return new VendorCounts(found.counts(), found.unmapped(), Math.max(found.position(), after));
  }

  private static List<ItemCount> counts(JsonNode records, Instant readAt) {
    var counts = new ArrayList<ItemCount>();
    for (JsonNode record : records) {
      LightspeedXInventory.count(record, readAt).ifPresent(counts::add);
    }
    return counts;
  }

  /** The SKU of each product id, for sale lines; see {@link SaleSkus}. */
  public Map<String, Optional<String>> skus(Collection<String> productIds) {
    return skus.of(productIds, this::fetchSkus);
  }

  private VendorCounts bySku(List<ItemCount> counts) {
    return skus.bySku(PosProvider.LIGHTSPEED_X, counts, this::fetchSkus);
  }

  /**
   * {@code GET /api/2.0/products/{id}}: each product's {@code sku}, one call per product; a product
   * the vendor no longer has (404) has none.
   */
  private Map<String, String> fetchSkus(Set<String> productIds) {
    var found = new HashMap<String, String>();
    for (String id : productIds) {
      VendorHttp.ifFound(() -> get("/api/2.0/products/" + ApiCredentials.encode(id)))
          .map(product -> VendorJson.text(product.path("data"), "sku"))
          .ifPresent(sku -> found.put(id, sku));
    }
    return found;
  }

  private JsonNode get(String pathAndQuery) {
    return http.get(
            "lightspeed-x", api.uri(pathAndQuery), Map.of("Authorization", "Bearer " + api.token()))
        .body();
  }
}
