package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.pos.PosConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shopify's Admin REST API ({@code X-Shopify-Access-Token}): orders updated since a time, paged by
 * the {@code Link: <...>; rel="next"} header.
 */
@ApplicationScoped
public class ShopifyApi {

  private static final int MAX_PAGES = 50;
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

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
      next = nextPage(answer.headers().firstValue("Link")).map(this::onApiHost).orElse(null);
    }
    return found;
  }

  private static Optional<URI> nextPage(Optional<String> link) {
    if (link.isEmpty()) {
      return Optional.empty();
    }
    Matcher matcher = NEXT.matcher(link.get());
    return matcher.find() ? Optional.of(URI.create(matcher.group(1))) : Optional.empty();
  }

  /** The token goes to the configured host only, whatever host the Link header names. */
  private URI onApiHost(URI next) {
    return api.uri(
        next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
  }
}
