package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.pos.PosConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lightspeed Retail X-Series API 2.0 ({@code Authorization: Bearer}): a sale by id, sales by
 * version ({@code after}), the API's own way of paging through changes, and a sale's serial
 * numbers.
 */
@ApplicationScoped
public class LightspeedXApi {

  private static final int PAGE_SIZE = 200;
  private static final int MAX_PAGES = 50;

  private final VendorHttp http;
  private final ApiCredentials api;

  public LightspeedXApi(VendorHttp http, PosConfig pos) {
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

  /** {@code GET /api/2.0/sales/{id}}. */
  public JsonNode sale(String saleId) {
    JsonNode sale =
        http.get(
                "lightspeed-x",
                api.uri("/api/2.0/sales/" + ApiCredentials.encode(saleId)),
                headers())
            .body()
            .path("data");
    if (!sale.isObject()) {
      throw new MalformedVendorDataException("lightspeed-x answered no sale");
    }
    return sale;
  }

  /** The serials sold in the sale, from the Serial Numbers API. */
  public List<LightspeedXSerialNumbers.SoldSerial> serialNumbersOfSale(String saleId) {
    JsonNode answer =
        http.get(
                "lightspeed-x",
                api.uri("/api/2.0/serialnumbers?sale_id=" + ApiCredentials.encode(saleId)),
                headers())
            .body();
    return LightspeedXSerialNumbers.sold(answer, saleId);
  }

  /** Sales whose version is above {@code afterVersion}, in version order. */
  public List<PolledOrder> salesAfter(long afterVersion) {
    var found = new ArrayList<PolledOrder>();
    long after = afterVersion;
    for (int page = 0; page < MAX_PAGES; page++) {
      JsonNode answer =
          http.get(
                  "lightspeed-x",
                  api.uri("/api/2.0/sales?after=" + after + "&page_size=" + PAGE_SIZE),
                  headers())
              .body();
      JsonNode data = answer.path("data");
      if (data.isEmpty()) {
        break;
      }
      for (JsonNode sale : data) {
        long version = sale.path("version").asLong(0);
        found.add(new PolledOrder(LightspeedXSales.dedupKey(sale), version, sale));
        after = Math.max(after, version);
      }
      after = Math.max(after, answer.path("version").path("max").asLong(after));
    }
    return found;
  }

  private Map<String, String> headers() {
    return Map.of("Authorization", "Bearer " + api.token());
  }
}
