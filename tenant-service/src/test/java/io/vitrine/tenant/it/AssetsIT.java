package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static io.vitrine.tenant.it.PosSettings.pos;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vitrine.tenant.assets.SerialCaptureService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Serialized assets against the tenant's real PostgreSQL and Keycloak: a serial captured from a
 * Shopify POS order's line-item property through the durable sale follow-up, a missing serial
 * raising a task that a newer version of the order resolves, a duplicate sale flagged, the chain of
 * custody across sale, return and resale, and a stolen asset flagged at every later touch.
 */
@QuarkusTest
@WithTestResource(
    value = TenantStackResource.class,
    initArgs = @ResourceArg(name = TenantStackResource.POS_PROVIDER, value = "shopify"))
@WithTestResource(FakeVendorsResource.class)
class AssetsIT {

  /** A real EAN-13; the passport pads it to a GTIN-14. */
  private static final String GTIN = "4006381333931";

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject SerialCaptureService capture;

  private String watch;
  private String location;

  @BeforeEach
  void aSerializedWatchWithAFiveYearWarranty() {
    watch = SalesFixture.unique("HR-SUB-41");
    location = Long.toString(ThreadLocalRandom.current().nextLong(1, 1_000_000_000L));
    SalesFixture.insert(
        "INSERT INTO products (sku, name, brand, category, price, currency, serialized, attributes)"
            + " VALUES (?, 'Submariner 41', 'Horloge', 'watches', 9800, 'EUR', true,"
            + " jsonb_build_object('gtin', ?::text, 'warranty_months', '60')) RETURNING id",
        watch,
        GTIN);
  }

  @Test
  void aSerialSoldOnAShopifyOrderBecomesAnAssetWithItsSaleWarrantyAndPassport() {
    String serial = serial();
    String orderId = order(serial, "2026-03-01T10:00:00Z", 4242);

    long asset = awaitAsset(serial);

    as("associate")
        .get("/v1/assets/{id}", asset)
        .then()
        .statusCode(200)
        .body("asset.sku", equalTo(watch))
        .body("asset.stolen", equalTo(false))
        .body("soldByUs.provider", equalTo("shopify"))
        .body("soldByUs.posSaleId", equalTo(orderId))
        .body("warranty.covered", equalTo(true))
        .body("warranty.rule.months", equalTo(60));
    as("associate")
        .get("/v1/assets/{id}/passport", asset)
        .then()
        .statusCode(200)
        .body("uri", equalTo("https://id.gs1.org/01/0" + GTIN + "/21/" + serial));
    String owner =
        (String)
            SalesFixture.rows(
                    "SELECT c.pseudonym FROM assets a JOIN customers c ON c.id = a.owner_customer_id"
                        + " WHERE a.id = ?",
                    asset)
                .get(0)
                .get("pseudonym");
    as("auditor")
        .queryParam("customer", owner)
        .get("/v1/assets")
        .then()
        .statusCode(200)
        .body("serial", hasItem(serial));
    assertThat(
            SalesFixture.rows(
                "SELECT details ->> 'sourceTransaction' AS tx FROM audit_log"
                    + " WHERE action = 'asset.sold' AND target_id = ?",
                Long.toString(asset)))
        .containsExactly(Map.of("tx", "shopify:" + orderId));
  }

  @Test
  void aSerializedLineWithoutItsSerialRaisesATaskThatANewerVersionResolves() {
    String serial = serial();
    String orderId = Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    deliver(orderBody(orderId, null, "2026-03-01T10:00:00Z", 4243));

    await().atMost(WAIT).until(() -> tasks("MISSING_SERIAL", orderId, "OPEN"), count -> count == 1);

    deliver(orderBody(orderId, serial, "2026-03-01T10:07:00Z", 4243));

    awaitAsset(serial);
    await()
        .atMost(WAIT)
        .until(() -> tasks("MISSING_SERIAL", orderId, "RESOLVED"), count -> count == 1);
  }

  @Test
  void theSameSerialSoldAgainWhileACustomerHoldsItIsFlaggedAndChangesNoOwner() {
    String serial = serial();
    order(serial, "2026-03-01T10:00:00Z", 5001);
    long asset = awaitAsset(serial);
    String secondOrder = order(serial, "2026-03-02T10:00:00Z", 5002);

    await()
        .atMost(WAIT)
        .until(() -> tasks("DUPLICATE_SERIAL", secondOrder, "OPEN"), count -> count == 1);
    assertThat(custodyKinds(serial)).containsExactly("SOLD");
    as("associate")
        .get("/v1/assets/{id}", asset)
        .then()
        .statusCode(200)
        .body("openTasks.kind", hasItem("DUPLICATE_SERIAL"));
    long store = storeOf(asset);
    int task =
        as("auditor")
            .queryParam("store", store)
            .get("/v1/assets/tasks")
            .then()
            .statusCode(200)
            .body("kind", hasItem("DUPLICATE_SERIAL"))
            .extract()
            .path("find { it.kind == 'DUPLICATE_SERIAL' }.id");
    as("auditor").post("/v1/assets/tasks/{id}/resolve", task).then().statusCode(403);
    as("associate").post("/v1/assets/tasks/{id}/resolve", task).then().statusCode(204);
    as("associate")
        .post("/v1/assets/tasks/{id}/resolve", task)
        .then()
        .statusCode(404)
        .body("type", equalTo("https://vitrine.io/problems/asset-task-not-found"));
  }

  @Test
  void anAssetTransferredToAnotherCustomerAndSoldAgainIsFlaggedToo() {
    String serial = serial();
    order(serial, "2026-03-01T10:00:00Z", 5101);
    long asset = awaitAsset(serial);
    var heir = SalesFixture.customer("{}");
    event(asset, "associate", "TRANSFERRED", storeOf(asset), heir.pseudonym()).statusCode(200);
    as("associate")
        .queryParam("customer", heir.pseudonym())
        .get("/v1/assets")
        .then()
        .statusCode(200)
        .body("id", hasItem((int) asset));

    String resale = order(serial, "2026-03-04T10:00:00Z", 5102);

    await()
        .atMost(WAIT)
        .until(() -> tasks("DUPLICATE_SERIAL", resale, "OPEN"), count -> count == 1);
    assertThat(custodyKinds(serial)).containsExactly("SOLD", "TRANSFERRED");
  }

  @Test
  void twoSalesOfOneSerialCapturedAtOnceRecordOneSaleAndFlagTheOther() throws Exception {
    String serial = serial();
    var store = SalesFixture.store();
    var customer = SalesFixture.customer("{}");
    long first = fixtureSale(store, customer, serial);
    long second = fixtureSale(store, customer, serial);

    var a = CompletableFuture.runAsync(() -> capture.onSale(first).await().atMost(WAIT));
    var b = CompletableFuture.runAsync(() -> capture.onSale(second).await().atMost(WAIT));
    CompletableFuture.allOf(a, b).get();

    assertThat(custodyKinds(serial)).containsExactly("SOLD");
    assertThat(
            SalesFixture.rows(
                "SELECT t.kind FROM asset_tasks t JOIN assets a ON a.id = t.asset_id"
                    + " WHERE a.serial = ?",
                serial))
        .containsExactly(Map.of("kind", "DUPLICATE_SERIAL"));
  }

  @Test
  void theChainOfCustodyRunsAcrossSaleReturnAndResaleAndAStolenAssetIsFlaggedAtEveryTouch() {
    String serial = serial();
    order(serial, "2026-03-01T10:00:00Z", 6001);
    long asset = awaitAsset(serial);
    long store = storeOf(asset);
    event(asset, "associate", "RETURNED", store, null).statusCode(200);
    order(serial, "2026-03-05T10:00:00Z", 6002);
    await().atMost(WAIT).until(() -> custodyKinds(serial).size() == 3);

    event(asset, "associate", "REPORTED_STOLEN", store, null).statusCode(403);
    event(asset, "auditor", "SERVICED", store, null).statusCode(403);
    event(asset, "store-manager", "REPORTED_STOLEN", store, null)
        .statusCode(200)
        .body("stolenFlag", equalTo(false));

    event(asset, "associate", "SERVICED", store, null)
        .statusCode(200)
        .body("stolenFlag", equalTo(true));
    event(asset, "associate", "RETURNED", store, null)
        .statusCode(200)
        .body("stolenFlag", equalTo(true));
    as("associate")
        .contentType(ContentType.JSON)
        .body(Map.of("sku", watch, "serial", serial, "storeId", store, "sourceTransactionId", tx()))
        .post("/v1/assets")
        .then()
        .statusCode(200)
        .body("stolenFlag", equalTo(true));
    order(serial, "2026-03-09T10:00:00Z", 6003);
    await().atMost(WAIT).until(() -> custodyKinds(serial).size() == 8);

    as("auditor")
        .queryParam("serial", serial)
        .get("/v1/assets/custody")
        .then()
        .statusCode(200)
        .body(
            "kind",
            equalTo(
                List.of(
                    "SOLD",
                    "RETURNED",
                    "RESOLD",
                    "REPORTED_STOLEN",
                    "SERVICED",
                    "RETURNED",
                    "RECEIVED",
                    "RESOLD")))
        .body("stolenFlag", equalTo(List.of(false, false, false, false, true, true, true, true)));
    assertThat(
            SalesFixture.rows(
                "SELECT details ->> 'touch' AS touch FROM asset_tasks WHERE asset_id = ?"
                    + " AND kind = 'STOLEN_TOUCH' ORDER BY id",
                asset))
        .extracting(row -> row.get("touch"))
        .containsExactly("SERVICED", "RETURNED", "RECEIVED", "SALE");
  }

  @Test
  void anAuthenticationIsRecordedWithItsPassportAndAProtectionPlanExtendsCoverageOnce() {
    String serial = serial();
    order(serial, "2026-03-01T10:00:00Z", 7001);
    long asset = awaitAsset(serial);
    String plan = tx();
    var extension = Map.of("months", 24, "reason", "PROTECTION_PLAN", "sourceTransactionId", plan);

    as("associate")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "documents",
                List.of("warranty card", "box papers"),
                "movementMatches",
                true,
                "serialMatches",
                true,
                "photoRefs",
                List.of("media://auth/" + serial + "/caseback.jpg"),
                "result",
                "AUTHENTIC",
                "sourceTransactionId",
                tx()))
        .post("/v1/assets/{id}/authentications", asset)
        .then()
        .statusCode(200)
        .body("result", equalTo("AUTHENTIC"))
        .body("passport", equalTo("https://id.gs1.org/01/0" + GTIN + "/21/" + serial));
    as("associate")
        .contentType(ContentType.JSON)
        .body(extension)
        .post("/v1/assets/{id}/warranty/extensions", asset)
        .then()
        .statusCode(403);
    String endsOn =
        as("store-manager")
            .contentType(ContentType.JSON)
            .body(extension)
            .post("/v1/assets/{id}/warranty/extensions", asset)
            .then()
            .statusCode(200)
            .extract()
            .path("endsOn");
    as("store-manager")
        .contentType(ContentType.JSON)
        .body(extension)
        .post("/v1/assets/{id}/warranty/extensions", asset)
        .then()
        .statusCode(200)
        .body("endsOn", equalTo(endsOn));

    assertThat(endsOn).isEqualTo(saleDay(asset).plusMonths(60 + 24).toString());
    assertThat(custodyKinds(serial)).containsExactly("SOLD", "AUTHENTICATED");
    assertThat(
            SalesFixture.rows(
                "SELECT result, movement_match, cardinality(photo_refs) AS photos"
                    + " FROM asset_authentications WHERE asset_id = ?",
                asset))
        .containsExactly(Map.of("result", "AUTHENTIC", "movement_match", true, "photos", 1));
  }

  private static java.time.LocalDate saleDay(long asset) {
    var at =
        (java.sql.Timestamp)
            SalesFixture.rows(
                    "SELECT occurred_at FROM asset_events WHERE asset_id = ? AND kind = 'SOLD'",
                    asset)
                .get(0)
                .get("occurred_at");
    return at.toInstant().atOffset(java.time.ZoneOffset.UTC).toLocalDate();
  }

  @Test
  void warrantyRulesAreTheRetailerAdminsAndInvalidOnesAreRefusedFieldByField() {
    var rule =
        Map.of(
            "months",
            24,
            "startBasis",
            "SALE",
            "transferable",
            false,
            "repairPolicy",
            "EXTEND",
            "repairExtensionMonths",
            0);
    as("store-manager")
        .contentType(ContentType.JSON)
        .body(rule)
        .put("/v1/admin/assets/warranty-rules/{sku}", watch)
        .then()
        .statusCode(403);
    as("retailer-admin")
        .contentType(ContentType.JSON)
        .body(rule)
        .put("/v1/admin/assets/warranty-rules/{sku}", watch)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("repairExtensionMonths"));
    as("retailer-admin")
        .contentType(ContentType.JSON)
        .body(Map.of("source", "PROPERTY", "name", "Numéro de série"))
        .put("/v1/admin/assets/serial-rules/{provider}", "clover")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("source"));
  }

  private io.restassured.response.ValidatableResponse event(
      long asset, String role, String kind, long store, String customer) {
    var body = new java.util.HashMap<String, Object>();
    body.put("kind", kind);
    body.put("storeId", store);
    body.put("sourceTransactionId", tx());
    if (customer != null) {
      body.put("customerPseudonym", customer);
    }
    return as(role)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/v1/assets/{id}/events", asset)
        .then();
  }

  private static RequestSpecification as(String role) {
    return given().auth().oauth2(Tokens.of(role));
  }

  private String order(String serial, String updatedAt, long customer) {
    String orderId = Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    deliver(orderBody(orderId, serial, updatedAt, customer));
    return orderId;
  }

  /** A Shopify POS order as its orders/create webhook carries it; the serial as a property. */
  private byte[] orderBody(String id, String serial, String updatedAt, long customer) {
    String properties =
        serial == null ? "[]" : "[{\"name\":\"Serial number\",\"value\":\"" + serial + "\"}]";
    return ("{\"id\":"
            + id
            + ",\"source_name\":\"pos\",\"location_id\":"
            + location
            + ",\"currency\":\"EUR\",\"total_price\":\"9800.00\","
            + "\"created_at\":\"2026-03-01T09:59:00Z\",\"updated_at\":\""
            + updatedAt
            + "\",\"customer\":{\"id\":"
            + customer
            + "},\"line_items\":[{\"id\":1071823172,\"sku\":\""
            + watch
            + "\",\"quantity\":1,\"price\":\"9800.00\",\"properties\":"
            + properties
            + "}]}")
        .getBytes(UTF_8);
  }

  private static void deliver(byte[] body) {
    String signature;
    try {
      signature = WebhookEvents.sign(pos("webhook-signing-key"), body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    given()
        .contentType("application/json")
        .header("X-Shopify-Topic", "orders/create")
        .header("X-Shopify-Hmac-Sha256", signature)
        .header("X-Shopify-Webhook-Id", UUID.randomUUID().toString())
        .header("X-Shopify-Shop-Domain", pos("shop-domain"))
        .body(body)
        .post("/v1/webhooks/shopify")
        .then()
        .statusCode(200);
  }

  private long fixtureSale(
      SalesFixture.Store store, SalesFixture.Customer customer, String serial) {
    long sale =
        SalesFixture.sale(
            store,
            customer,
            Instant.parse("2026-03-01T10:00:00Z"),
            SalesFixture.line(watch, "9800"));
    SalesFixture.insert(
        "INSERT INTO sale_line_tags (sale_id, line_number, source, name, value)"
            + " VALUES (?, 1, 'PROPERTY', 'Serial number', ?) RETURNING sale_id",
        sale,
        serial);
    return sale;
  }

  private static long awaitAsset(String serial) {
    return await()
        .atMost(WAIT)
        .until(
            () -> {
              var rows =
                  SalesFixture.rows(
                      "SELECT a.id FROM assets a JOIN asset_events e ON e.asset_id = a.id"
                          + " WHERE a.serial = ? LIMIT 1",
                      serial);
              return rows.isEmpty() ? 0L : (Long) rows.get(0).get("id");
            },
            id -> id > 0);
  }

  private static long storeOf(long asset) {
    return (Long)
        SalesFixture.rows("SELECT store_id FROM assets WHERE id = ?", asset).get(0).get("store_id");
  }

  private static List<Object> custodyKinds(String serial) {
    return SalesFixture.rows(
            "SELECT e.kind FROM asset_events e JOIN assets a ON a.id = e.asset_id"
                + " WHERE a.serial = ? ORDER BY e.id",
            serial)
        .stream()
        .map(row -> row.get("kind"))
        .toList();
  }

  private static long tasks(String kind, String orderId, String status) {
    return (Long)
        SalesFixture.rows(
                "SELECT count(*) AS n FROM asset_tasks t JOIN sales s ON s.id = t.sale_id"
                    + " WHERE t.kind = ? AND s.pos_sale_id = ? AND t.status = ?",
                kind,
                orderId,
                status)
            .get(0)
            .get("n");
  }

  private static String serial() {
    return "7T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  private static String tx() {
    return "till:" + UUID.randomUUID();
  }
}
