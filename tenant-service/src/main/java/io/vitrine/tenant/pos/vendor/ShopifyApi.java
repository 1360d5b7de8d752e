package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.pos.PosConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shopify's Admin REST API ({@code X-Shopify-Access-Token}): orders updated since a time, paged by
 * the {@code Link: <...>; rel="next"} header.
 */
@ApplicationScoped
public class ShopifyApi {

  private static final int MAX_PAGES = 50;

  private final VendorHttp http;
  private final ApiCredentials api;
  private final String version;

  public ShopifyApi(VendorHttp http, PosConfig pos) {
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

  /** Orders (any status) updated at or after {@code since}. */
  public List<PolledOrder> ordersUpdatedSince(Instant since) {
    var found = new ArrayList<PolledOrder>();
    URI next =
        api.uri(
            "/admin/api/"
                + version
                + "/orders.json?status=any&limit=250&updated_at_min="
                + ApiCredentials.encode(since.toString()));
    for (int page = 0; page < MAX_PAGES && next != null; page++) {
      VendorHttp.Answer answer =
          http.get("shopify", next, Map.of("X-Shopify-Access-Token", api.token()));
      for (JsonNode order : answer.body().path("orders")) {
        String id = VendorJson.required(order, "id");
        String updated = VendorJson.required(order, "updated_at");
        long position = VendorJson.instant(updated, "updated_at").toEpochMilli();
        found.add(new PolledOrder("order:" + id + ":" + position, position, order));
      }
      next = ShopifyPages.next(answer).map(api::onApiHost).orElse(null);
    }
    return found;
  }
}
