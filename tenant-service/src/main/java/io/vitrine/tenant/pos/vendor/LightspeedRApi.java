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

/**
 * Lightspeed Retail R-Series API V3 ({@code Authorization: Bearer}). R-Series sends no webhooks:
 * its sales are polled by {@code timeStamp} (last change), with their lines, following the
 * {@code @attributes.next} page links.
 */
@ApplicationScoped
public class LightspeedRApi {

  private static final int MAX_PAGES = 50;

  private final VendorHttp http;
  private final ApiCredentials api;
  private final Optional<String> accountId;

  public LightspeedRApi(VendorHttp http, PosConfig pos) {
    this.http = http;
    this.api =
        new ApiCredentials("lightspeed-r", Optional.of(pos.lightspeedR().apiUrl()), pos.apiToken());
    this.accountId = pos.accountId().filter(value -> !value.isBlank());
  }

  public boolean configured() {
    return api.configured() && accountId.isPresent();
  }

  /** Sales changed after {@code since}, oldest change first. */
  public List<PolledOrder> salesChangedSince(Instant since) {
    var found = new ArrayList<PolledOrder>();
    URI next =
        api.uri(
            "/API/V3/Account/"
                + ApiCredentials.encode(accountId.orElseThrow())
                + "/Sale.json?timeStamp="
                + ApiCredentials.encode(">," + since)
                + "&load_relations="
                + ApiCredentials.encode("[\"SaleLines\",\"SaleLines.Item\"]")
                + "&sort=timeStamp&limit=100");
    for (int page = 0; page < MAX_PAGES && next != null; page++) {
      JsonNode answer =
          http.get("lightspeed-r", next, Map.of("Authorization", "Bearer " + api.token())).body();
      for (JsonNode sale : LightspeedRSales.listOf(answer.path("Sale"))) {
        long version = LightspeedRSales.version(sale);
        found.add(
            new PolledOrder(
                "sale:" + VendorJson.required(sale, "saleID") + ":" + version, version, sale));
      }
      String link = answer.path("@attributes").path("next").asText("");
      next = link.isBlank() ? null : api.onApiHost(URI.create(link));
    }
    return found;
  }
}
