package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vitrine.tenant.checkout.catalog.CheckoutCatalog;
import io.vitrine.tenant.checkout.copurchase.CoPurchaseIndex;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stock without a POS feed: imports with per-row errors, where a SKU is (nearest store first), and
 * what the till offers of fresh, stale and missing counts, against the real PostgreSQL, OpenSearch
 * and Keycloak of the local stack. Counts older than an hour are stale here.
 */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
@TestProfile(StockIT.Profile.class)
class StockIT {

  /** Every feature on; a short staleness so that a test can plant a stale count. */
  public static class Profile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "vitrine.features.ungoverned", "enabled",
          "vitrine.checkout.content-timeout", "1s",
          "vitrine.checkout.deadline", "5s",
          "vitrine.stock.stale-after", "1h");
    }
  }

  private static final String IMPORTS = "/v1/admin/stock/imports";

  @Inject AgroalDataSource dataSource;
  @Inject CoPurchaseIndex coPurchases;
  @Inject CheckoutCatalog catalog;

  @ConfigProperty(name = "quarkus.datasource.username")
  String role;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  private CheckoutFixtures data;

  @BeforeEach
  void fixtures() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> given().get("/q/health/ready").statusCode() == 200);
    data = new CheckoutFixtures(dataSource);
  }

  @Test
  void anImportAppliesItsValidRowsAndNamesEachRefusedOne() throws Exception {
    String paris = "paris-" + data.suffix;
    data.store(paris);
    String serum = data.sku("SERUM");
    String csv =
        """
        store,sku,quantity,counted_at
        %1$s,%2$s,4,
        no-such-store,%2$s,1,
        %1$s,%3$s,two,
        %1$s,%2$s,9,
        """
            .formatted(paris, serum, data.sku("CREAM"));

    String id =
        as("retailer-admin")
            .contentType("text/csv")
            .body(csv)
            .post(IMPORTS)
            .then()
            .statusCode(200)
            .body("rows", equalTo(4))
            .body("applied", equalTo(1))
            .body("unchanged", equalTo(0))
            .body("failed", equalTo(3))
            .body("errors.row", contains(2, 3, 4))
            .body("errors.field", contains("store", "quantity", "sku"))
            .body(
                "errors[2].message", equalTo("repeats the store and SKU of row 1, which was kept"))
            .extract()
            .path("id");

    assertThat(Inventory.of(role, password, serum))
        .singleElement()
        .satisfies(
            count -> {
              assertThat(count.location()).isEqualTo(paris);
              assertThat(count.quantity()).isEqualTo(4);
              assertThat(count.source()).isEqualTo("import");
            });
    assertThat(data.audit(id))
        .singleElement()
        .satisfies(row -> assertThat(row.get("action")).isEqualTo("stock.imported"));
  }

  @Test
  void anImportedCountOlderThanTheStoredOneChangesNothing() {
    String lyon = "lyon-" + data.suffix;
    data.store(lyon);
    String mask = data.sku("MASK");
    importJson(List.of(row(lyon, mask, 2, "2026-03-01T10:00:00Z"))).body("applied", equalTo(1));

    importJson(List.of(row(lyon, mask, 8, "2026-03-01T09:00:00Z")))
        .body("applied", equalTo(0))
        .body("unchanged", equalTo(1));

    importJson(List.of(row(lyon, mask, 5, "2026-03-01T11:00:00Z"))).body("applied", equalTo(1));
  }

  @Test
  void onlyRetailerAdminsImportAndABadFileIsRefusedWhole() {
    for (String role : List.of("associate", "store-manager", "auditor")) {
      as(role)
          .contentType("text/csv")
          .body("store,sku,quantity\n")
          .post(IMPORTS)
          .then()
          .statusCode(403);
    }
    as("retailer-admin")
        .contentType("text/csv")
        .body("store,sku\nparis,A\n")
        .post(IMPORTS)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("body"));
  }

  @Test
  void associatesSeeWhereASkuIsTheirStoreFirstThenTheNearest() {
    String sku = data.sku("PERFUME");
    long opera = store("opera-" + data.suffix, "Opéra", 48.8720, 2.3316);
    long lyon = store("lyon-" + data.suffix, "Lyon", 45.7640, 4.8357);
    long marais = store("marais-" + data.suffix, "Marais", 48.8590, 2.3620);
    long airport = store("cdg-" + data.suffix, "Airport", null, null);
    importJson(
        List.of(
            row("opera-" + data.suffix, sku, 0, null),
            row("lyon-" + data.suffix, sku, 5, null),
            row("marais-" + data.suffix, sku, 2, null),
            row("cdg-" + data.suffix, sku, 9, null)));
    markStale(airport, sku);

    JsonPath nearOpera =
        as("associate")
            .queryParam("near", opera)
            .get("/v1/stock/" + sku)
            .then()
            .statusCode(200)
            .body("sku", equalTo(sku))
            .body("stores.storeId", contains((int) opera, (int) marais, (int) lyon, (int) airport))
            .body("stores.status", contains("OUT_OF_STOCK", "IN_STOCK", "IN_STOCK", "STALE"))
            .body("stores[3].distanceKm", nullValue())
            .extract()
            .jsonPath();
    assertThat(nearOpera.getDouble("stores[1].distanceKm")).isCloseTo(2.6, within(0.2));
    assertThat(nearOpera.getDouble("stores[2].distanceKm")).isCloseTo(392, within(3.0));
    as("associate")
        .get("/v1/stock/" + sku)
        .then()
        .statusCode(200)
        .body("stores.name", contains("Lyon", "Marais", "Airport", "Opéra"));
    as("associate")
        .queryParam("near", 999_999_999)
        .get("/v1/stock/" + sku)
        .then()
        .statusCode(404)
        .body("type", equalTo("https://vitrine.io/problems/store-not-found"));
    as("associate").get("/v1/stock/" + data.sku("NEVER-COUNTED")).then().body("stores", empty());
  }

  @Test
  void aSkuWithASlashIsLookedUpByItsPath() {
    String location = "nice-" + data.suffix;
    data.store(location);
    String kit = "KIT/" + data.sku("DUO");
    importJson(List.of(row(location, kit, 3, null))).body("applied", equalTo(1));

    as("store-manager")
        .get("/v1/stock/" + kit)
        .then()
        .statusCode(200)
        .body("sku", equalTo(kit))
        .body("stores.posLocationId", contains(location));
  }

  @Test
  void theTillOffersFreshStockDemotesStaleStockAndLeavesOutWhatHasNoCount() {
    String location = "till-" + data.suffix;
    long store = data.store(location);
    String anchor = data.sku("ANCHOR");
    String fresh = data.sku("FRESH");
    String stale = data.sku("STALE");
    String uncounted = data.sku("UNCOUNTED");
    data.product(anchor, "Anchor serum", "Lumen", "it-anchor");
    for (String partner : List.of(fresh, stale, uncounted)) {
      data.product(partner, "Partner " + partner, "Lumen", "it-partner", "AQUA");
    }
    sales(store, anchor, fresh, 6);
    sales(store, anchor, stale, 10);
    sales(store, anchor, uncounted, 8);
    data.stock(store, anchor, 10);
    data.stock(store, fresh, 3);
    data.stock(store, stale, 3);
    markStale(store, stale);
    coPurchases.rebuild();
    catalog.refresh();

    String suggestionId =
        as("associate")
            .contentType(ContentType.JSON)
            .body(cart(location, anchor))
            .post("/v1/pos/recommend")
            .then()
            .statusCode(200)
            .body("suggestions.sku", contains(fresh, stale))
            .body("suggestions.sku", not(hasItem(uncounted)))
            .extract()
            .path("suggestion_id");
    assertThat(data.audit(suggestionId))
        .anySatisfy(row -> assertThat(row.get("details")).contains("UNCONFIRMED_STOCK"));
  }

  private void sales(long store, String anchor, String partner, int count) {
    for (int i = 0; i < count; i++) {
      data.sale(store, null, anchor, partner);
    }
  }

  private void markStale(long store, String sku) {
    data.count(
        "with aged as (update inventory set counted_at = now() - interval '2 hours'"
            + " where store_id = ? and sku = ? returning 1) select count(*) from aged",
        store,
        sku);
  }

  private long store(String location, String name, Double latitude, Double longitude) {
    var body = new HashMap<String, Object>();
    body.put("posLocationId", location);
    body.put("name", name);
    body.put("latitude", latitude);
    body.put("longitude", longitude);
    return ((Number)
            as("retailer-admin")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/admin/stores")
                .then()
                .statusCode(201)
                .extract()
                .path("id"))
        .longValue();
  }

  private static Map<String, Object> row(String store, String sku, int quantity, String at) {
    var row = new HashMap<String, Object>();
    row.put("store", store);
    row.put("sku", sku);
    row.put("quantity", quantity);
    if (at != null) {
      row.put("counted_at", at);
    }
    return row;
  }

  private static io.restassured.response.ValidatableResponse importJson(
      List<Map<String, Object>> rows) {
    return as("retailer-admin")
        .contentType(ContentType.JSON)
        .body(rows)
        .post(IMPORTS)
        .then()
        .statusCode(200);
  }

  private Map<String, Object> cart(String location, String sku) {
    return Map.of(
        "cart_id",
        "cart-" + data.suffix,
        "store_id",
        location,
        "line_items",
        List.of(Map.of("sku", sku)));
  }

  private static RequestSpecification as(String role) {
    return given().auth().oauth2(Tokens.of(role));
  }
}
