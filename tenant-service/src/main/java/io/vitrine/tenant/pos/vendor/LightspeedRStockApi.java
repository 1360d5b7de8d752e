package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.pos.PosConfig;
import io.vitrine.tenant.pos.PosProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Lightspeed Retail R-Series stock, polled: R-Series sends no webhooks. The items changed since a
 * time ({@code GET /API/V3/Account/{id}/Item.json?timeStamp=>,<since>} with {@code
 * load_relations=["ItemShops"]}, sorted by {@code timeStamp}, following {@code @attributes.next})
 * carry their quantity on hand per shop and their SKU.
 */
@ApplicationScoped
public class LightspeedRStockApi {

  private static final int MAX_PAGES = 50;

  private final VendorHttp http;
  private final ApiCredentials api;
  private final Optional<String> accountId;

  public LightspeedRStockApi(VendorHttp http, PosConfig pos) {
    this.http = http;
    this.api =
        new ApiCredentials("lightspeed-r", Optional.of(pos.lightspeedR().apiUrl()), pos.apiToken());
    this.accountId = pos.accountId().filter(value -> !value.isBlank());
  }

  public boolean configured() {
    return api.configured() && accountId.isPresent();
  }

  /** The counts of the items changed after {@code since}, oldest change first. */
  public VendorCounts changedSince(Instant since) {
    var counts = new ArrayList<ItemCount>();
    var skus = new HashMap<String, Optional<String>>();
    long position = 0;
    URI next =
        api.uri(
            "/API/V3/Account/"
                + ApiCredentials.encode(accountId.orElseThrow())
                + "/Item.json?timeStamp="
                + ApiCredentials.encode(">," + since)
                + "&load_relations="
                + ApiCredentials.encode("[\"ItemShops\"]")
                + "&sort=timeStamp&limit=100");
    for (int page = 0; page < MAX_PAGES && next != null; page++) {
      JsonNode answer =
          http.get("lightspeed-r", next, Map.of("Authorization", "Bearer " + api.token())).body();
      for (JsonNode item : LightspeedRSales.listOf(answer.path("Item"))) {
        counts.addAll(LightspeedRItems.counts(item));
        skus.put(VendorJson.required(item, "itemID"), LightspeedRItems.sku(item));
        position = Math.max(position, LightspeedRItems.version(item));
      }
      String link = answer.path("@attributes").path("next").asText("");
      next = link.isBlank() ? null : api.onApiHost(URI.create(link));
    }
    VendorCounts found = VendorCounts.bySku(PosProvider.LIGHTSPEED_R, counts, skus);
    return new VendorCounts(found.counts(), found.unmapped(), Math.max(position, found.position()));
  }
}
