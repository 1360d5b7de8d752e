package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static io.vitrine.tenant.it.PosSettings.pos;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vitrine.tenant.pos.PosProvider;
import io.vitrine.tenant.pos.reconcile.ReconciliationPoller;
import io.vitrine.tenant.pos.vendor.PolledOrder;
import io.vitrine.tenant.pos.worker.EventQueue;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Shopify deliveries against the tenant's real PostgreSQL, signed as Shopify signs them. */
@QuarkusTest
@WithTestResource(
    value = TenantStackResource.class,
    initArgs = @ResourceArg(name = TenantStackResource.POS_PROVIDER, value = "shopify"))
@WithTestResource(FakeVendorsResource.class)
class ShopifyWebhookIT {

  private static final String ENDPOINT = "/v1/webhooks/shopify";
  private static final String PROBLEM = "application/problem+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "quarkus.datasource.username")
  String role;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  @Inject ReconciliationPoller poller;

  @Inject EventQueue queue;

  @Test
  void aValidDeliveryIsStoredOnceAsReceived() throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] body = order(id);

    deliver(body, WebhookEvents.sign(secret(), body), id, shop()).then().statusCode(200);

    var rows = stored(id);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).rawBody()).isEqualTo(body);
    assertThat(rows.get(0).topic()).isEqualTo("orders/create");
    assertThat(rows.get(0).status()).isIn("RECEIVED", "PROCESSED");
  }

  @Test
  void theSameDeliveryTwiceYieldsOneRow() throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] body = order(id);
    String signature = WebhookEvents.sign(secret(), body);

    deliver(body, signature, id, shop()).then().statusCode(200);
    deliver(body, signature, id, shop()).then().statusCode(200);

    assertThat(stored(id)).hasSize(1);
  }

  @Test
  void aForgedOrMissingSignatureIsUnauthorizedAndStoresNothing() throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] body = order(id);

    deliver(body, WebhookEvents.sign("not-the-secret", body), id, shop())
        .then()
        .statusCode(401)
        .contentType(startsWith(PROBLEM))
        .body("status", equalTo(401))
        .body("type", equalTo("https://vitrine.io/problems/webhook-signature"));
    deliver(body, null, id, shop()).then().statusCode(401);

    assertThat(stored(id)).isEmpty();
  }

  @Test
  void aTruncatedBodyIsUnauthorizedAndStoresNothing() throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] body = order(id);

    deliver(Arrays.copyOf(body, body.length - 3), WebhookEvents.sign(secret(), body), id, shop())
        .then()
        .statusCode(401);

    assertThat(stored(id)).isEmpty();
  }

  @Test
  void aReplayWithAnotherBodyUnderTheSameSignatureIsUnauthorizedAndChangesNothing()
      throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] body = order(id);
    String signature = WebhookEvents.sign(secret(), body);
    deliver(body, signature, id, shop()).then().statusCode(200);

    byte[] tampered =
        new String(body, StandardCharsets.UTF_8)
            .replace("\"59.00\"", "\"0.01\"")
            .getBytes(StandardCharsets.UTF_8);
    deliver(tampered, signature, id, shop()).then().statusCode(401);
    String otherId = UUID.randomUUID().toString();
    deliver(tampered, signature, otherId, shop()).then().statusCode(401);

    assertThat(stored(id))
        .singleElement()
        .satisfies(row -> assertThat(row.rawBody()).isEqualTo(body));
    assertThat(stored(otherId)).isEmpty();
  }

  @Test
  void aDeliveryForAnotherShopIsForbiddenAndStoresNothing() throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] body = order(id);

    deliver(body, WebhookEvents.sign(secret(), body), id, "another-shop.myshopify.com")
        .then()
        .statusCode(403)
        .contentType(startsWith(PROBLEM))
        .body("type", equalTo("https://vitrine.io/problems/webhook-wrong-account"));
    deliver(body, WebhookEvents.sign(secret(), body), id, null).then().statusCode(403);

    assertThat(stored(id)).isEmpty();
  }

  @Test
  void aSignedButMalformedDeliveryIsABadRequest() throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] notJson = "orders/create but not JSON".getBytes(StandardCharsets.UTF_8);
    deliver(notJson, WebhookEvents.sign(secret(), notJson), id, shop())
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("type", equalTo("https://vitrine.io/problems/webhook-malformed"));
    assertThat(stored(id)).isEmpty();

    byte[] body = order(id);
    deliver(body, WebhookEvents.sign(secret(), body), null, shop())
        .then()
        .statusCode(400)
        .body("detail", containsString("X-Shopify-Webhook-Id"));
  }

  @Test
  void theSquareEndpointTakesNothingOnAShopifyTenant() throws Exception {
    byte[] body = order(UUID.randomUUID().toString());
    given()
        .contentType("application/json")
        .header("x-square-hmacsha256-signature", WebhookEvents.sign(secret(), body))
        .body(body)
        .post("/v1/webhooks/square")
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM));
  }

  @Test
  void countersArePublishedPerProvider() throws Exception {
    String id = UUID.randomUUID().toString();
    byte[] body = order(id);
    deliver(body, WebhookEvents.sign(secret(), body), id, shop()).then().statusCode(200);
    deliver(body, WebhookEvents.sign(secret(), body), id, shop()).then().statusCode(200);
    deliver(body, "forged", id, shop()).then().statusCode(401);

    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics)
        .contains("vitrine_webhooks_received_total{provider=\"shopify\"}")
        .contains("vitrine_webhooks_duplicates_total{provider=\"shopify\"}")
        .contains("vitrine_webhooks_rejected_total{provider=\"shopify\",reason=\"signature\"}")
        .contains("vitrine_webhooks_stored_total{provider=\"shopify\"}")
        .contains("vitrine_pos_events_lag_seconds")
        .doesNotContain(secret());
    // This order lacks updated_at: its processing fails, is counted, and is retried.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                given()
                    .get("/q/metrics")
                    .asString()
                    .contains(
                        "vitrine_pos_events_processing_errors_total{kind=\"malformed\","
                            + "provider=\"shopify\"}"));
  }

  @Test
  void aPosOrderBecomesOneSaleWithItsLinesAndAsksForItsFollowUpsOnce() throws Exception {
    String orderId = numericId();
    String location = numericId();
    byte[] body =
        posOrder(orderId, location, "2026-03-01T10:00:00Z", "AST-SERUM-30", "AST-CREAM-50");
    String first = UUID.randomUUID().toString();
    String resent = UUID.randomUUID().toString();

    deliver(body, WebhookEvents.sign(secret(), body), first, shop()).then().statusCode(200);
    deliver(body, WebhookEvents.sign(secret(), body), first, shop()).then().statusCode(200);
    deliver(body, WebhookEvents.sign(secret(), body), resent, shop()).then().statusCode(200);

    awaitProcessed(first);
    awaitProcessed(resent);
    var sale = Sales.one(role, password, "shopify", orderId).orElseThrow();
    assertThat(sale.version()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z").toEpochMilli());
    assertThat(sale.skus()).containsExactly("AST-SERUM-30", "AST-CREAM-50");
    assertThat(sale.total()).isEqualByComparingTo("118.00");
    assertThat(sale.storeLocation()).isEqualTo(location);
    assertThat(sale.customerPseudonym()).hasSize(64).doesNotContain("4242");
    // Asked in the sale's own transaction: all of them, as for a new sale, once, by its version.
    assertThat(Sales.followUps(role, password, sale.id()))
        .extracting(Sales.FollowUp::kind, Sales.FollowUp::posVersion)
        .containsExactly(
            tuple("ATTRIBUTION", sale.version()),
            tuple("LOYALTY", sale.version()),
            tuple("POST_PURCHASE_MESSAGE", sale.version()),
            tuple("SERIAL_CAPTURE", sale.version()));
  }

  @Test
  void anOlderUpdateArrivingLastChangesNothing() throws Exception {
    String orderId = numericId();
    String location = numericId();
    byte[] newer =
        posOrder(orderId, location, "2026-03-01T10:05:00Z", "AST-SERUM-30", "AST-MASK-1");
    byte[] older = posOrder(orderId, location, "2026-03-01T10:00:00Z", "AST-SERUM-30");
    String newerId = UUID.randomUUID().toString();
    String olderId = UUID.randomUUID().toString();

    deliver(newer, WebhookEvents.sign(secret(), newer), newerId, shop()).then().statusCode(200);
    awaitProcessed(newerId);
    deliver(older, WebhookEvents.sign(secret(), older), olderId, shop()).then().statusCode(200);
    awaitProcessed(olderId);

    var sale = Sales.one(role, password, "shopify", orderId).orElseThrow();
    assertThat(sale.version()).isEqualTo(Instant.parse("2026-03-01T10:05:00Z").toEpochMilli());
    assertThat(sale.skus()).containsExactly("AST-SERUM-30", "AST-MASK-1");
  }

  @Test
  void anOnlineOrderIsRecordedButIsNoStoreSale() throws Exception {
    String orderId = numericId();
    byte[] body =
        new String(posOrder(orderId, numericId(), "2026-03-01T10:00:00Z", "AST-SERUM-30"), UTF_8)
            .replace("\"source_name\":\"pos\"", "\"source_name\":\"web\"")
            .getBytes(UTF_8);
    String id = UUID.randomUUID().toString();

    deliver(body, WebhookEvents.sign(secret(), body), id, shop()).then().statusCode(200);

    awaitProcessed(id);
    assertThat(Sales.find(role, password, "shopify", orderId)).isEmpty();
  }

  @Test
  void whileTheDatabaseIsUnreachableDeliveriesAreRefusedAndNothingIsMissingAfterwards()
      throws Exception {
    String before = numericId();
    String during = numericId();
    byte[] first = posOrder(before, numericId(), "2026-03-01T10:00:00Z", "AST-SERUM-30");
    byte[] second = posOrder(during, numericId(), "2026-03-01T10:01:00Z", "AST-CREAM-50");
    String secondId = UUID.randomUUID().toString();
    deliver(first, WebhookEvents.sign(secret(), first), UUID.randomUUID().toString(), shop())
        .then()
        .statusCode(200);

    try (var outage = TenantOutage.begin(role)) {
      deliver(second, WebhookEvents.sign(secret(), second), secondId, shop())
          .then()
          .statusCode(503)
          .header("Retry-After", notNullValue());
    }
    // Shopify retries the refused delivery until it is acknowledged.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                deliver(second, WebhookEvents.sign(secret(), second), secondId, shop()).statusCode()
                    == 200);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(Sales.find(role, password, "shopify", before)).hasSize(1);
              assertThat(Sales.find(role, password, "shopify", during)).hasSize(1);
            });
    assertThat(stored(secondId)).hasSize(1);
  }

  @Test
  void theReconciliationPollEnqueuesAMissedOrderOnce() throws Exception {
    FakeVendors vendors = FakeVendorsResource.vendors();
    vendors.expectToken(pos("api-token"));
    String orderId = numericId();
    String updated = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS).toString();
    vendors.put(
        orderId,
        (ObjectNode)
            JSON.readTree(posOrder(orderId, numericId(), updated, "AST-SERUM-30", "AST-OIL-15")));

    assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(1);
    poller.pollOnce();

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(Sales.find(role, password, "shopify", orderId))
                    .singleElement()
                    .satisfies(sale -> assertThat(sale.skus()).hasSize(2)));
    String key = "order:" + orderId + ":" + Instant.parse(updated).toEpochMilli();
    assertThat(WebhookEvents.find(role, password, "shopify", key)).hasSize(1);
    assertThat(vendors.calls()).anyMatch(call -> call.endsWith("/orders.json"));
  }

  @Test
  void ordersLeasedTogetherAreAppliedAsIfOneByOne() throws Exception {
    String orderId = numericId();
    String location = numericId();
    String anonymous = numericId();
    String online = numericId();
    byte[] first = posOrder(orderId, location, "2026-03-01T10:00:00Z", "AST-SERUM-30");
    byte[] newest =
        posOrder(orderId, location, "2026-03-01T10:09:00Z", "AST-SERUM-30", "AST-MASK-1");
    byte[] between = posOrder(orderId, location, "2026-03-01T10:05:00Z", "AST-OIL-15");
    byte[] noCustomerNorLocation =
        new String(posOrder(anonymous, "1", "2026-03-01T10:00:00Z", "AST-CREAM-50"), UTF_8)
            .replace("\"location_id\":1,", "")
            .replace("\"customer\":{\"id\":4242},", "")
            .getBytes(UTF_8);
    byte[] web =
        new String(posOrder(online, numericId(), "2026-03-01T10:00:00Z", "AST-SERUM-30"), UTF_8)
            .replace("\"source_name\":\"pos\"", "\"source_name\":\"web\"")
            .getBytes(UTF_8);

    List<String> keys = enqueueTogether(first, newest, between, noCustomerNorLocation, web);

    for (String key : keys) {
      awaitProcessed(key);
    }
    var sale = Sales.one(role, password, "shopify", orderId).orElseThrow();
    long version = Instant.parse("2026-03-01T10:09:00Z").toEpochMilli();
    assertThat(sale.version()).isEqualTo(version);
    assertThat(sale.skus()).containsExactly("AST-SERUM-30", "AST-MASK-1");
    assertThat(sale.storeLocation()).isEqualTo(location);
    assertThat(Sales.followUps(role, password, sale.id()))
        .extracting(Sales.FollowUp::kind, Sales.FollowUp::posVersion)
        .containsExactly(
            tuple("ATTRIBUTION", version),
            tuple("LOYALTY", version),
            tuple("POST_PURCHASE_MESSAGE", version),
            tuple("SERIAL_CAPTURE", version));
    var unknown = Sales.one(role, password, "shopify", anonymous).orElseThrow();
    assertThat(unknown.storeLocation()).isNull();
    assertThat(unknown.customerPseudonym()).isNull();
    assertThat(unknown.skus()).containsExactly("AST-CREAM-50");
    assertThat(Sales.find(role, password, "shopify", online)).isEmpty();
  }

  @Test
  void anOrderTheDatabaseRefusesFailsAloneAndTheOthersLeasedWithItAreApplied() throws Exception {
    String good = numericId();
    String bad = numericId();
    byte[] fine = posOrder(good, numericId(), "2026-03-01T10:00:00Z", "AST-SERUM-30");
    byte[] overflowing =
        new String(posOrder(bad, numericId(), "2026-03-01T10:00:00Z", "AST-SERUM-30"), UTF_8)
            .replace("\"total_price\":\"59.00\"", "\"total_price\":\"99999999999999.00\"")
            .getBytes(UTF_8);

    List<String> keys = enqueueTogether(fine, overflowing);

    awaitProcessed(keys.get(0));
    assertThat(Sales.one(role, password, "shopify", good)).isPresent();
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(Sales.lastError(role, password, "shopify", keys.get(1)))
                    .isEqualTo("database: SQLState 22003"));
    assertThat(Sales.eventStatus(role, password, "shopify", keys.get(1))).contains("RECEIVED");
    assertThat(Sales.find(role, password, "shopify", bad)).isEmpty();
  }

  /** Records the orders in one statement, so that the worker leases them in one batch. */
  private List<String> enqueueTogether(byte[]... orders) throws Exception {
    var polled = new ArrayList<PolledOrder>();
    for (byte[] order : orders) {
      polled.add(new PolledOrder("batch:" + UUID.randomUUID(), 0, JSON.readTree(order)));
    }
    queue.enqueue(PosProvider.SHOPIFY, polled, orders).await().atMost(Duration.ofSeconds(10));
    return polled.stream().map(PolledOrder::dedupKey).toList();
  }

  private void awaitProcessed(String webhookId) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(stored(webhookId))
                    .singleElement()
                    .satisfies(row -> assertThat(row.status()).isEqualTo("PROCESSED")));
  }

  private static String numericId() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE));
  }

  /** A Shopify POS order as the orders/create and orders/updated webhooks carry it. */
  private static byte[] posOrder(String id, String location, String updatedAt, String... skus) {
    var items = new StringBuilder();
    for (String sku : skus) {
      items.append(items.isEmpty() ? "" : ",");
      items
          .append("{\"id\":1,\"sku\":\"")
          .append(sku)
          .append("\",\"quantity\":1,\"price\":\"59.00\"}");
    }
    return ("{\"id\":"
            + id
            + ",\"source_name\":\"pos\",\"location_id\":"
            + location
            + ",\"currency\":\"EUR\",\"total_price\":\""
            + new BigDecimal("59.00").multiply(BigDecimal.valueOf(skus.length))
            + "\",\"created_at\":\"2026-03-01T09:59:00Z\",\"updated_at\":\""
            + updatedAt
            + "\",\"customer\":{\"id\":4242},\"line_items\":["
            + items
            + "]}")
        .getBytes(UTF_8);
  }

  private Response deliver(byte[] body, String signature, String webhookId, String shopDomain) {
    var request =
        given().contentType("application/json").header("X-Shopify-Topic", "orders/create");
    if (signature != null) {
      request.header("X-Shopify-Hmac-Sha256", signature);
    }
    if (webhookId != null) {
      request.header("X-Shopify-Webhook-Id", webhookId);
    }
    if (shopDomain != null) {
      request.header("X-Shopify-Shop-Domain", shopDomain);
    }
    return request.body(body).post(ENDPOINT);
  }

  private List<WebhookEvents.Row> stored(String webhookId) throws Exception {
    return WebhookEvents.find(role, password, "shopify", webhookId);
  }

  private static byte[] order(String id) {
    return ("{\"id\":820982911946154508,\"admin_graphql_api_id\":\"gid://shopify/Order/"
            + id
            + "\",\"source_name\":\"pos\",\"location_id\":655441491,\"line_items\":"
            + "[{\"sku\":\"AST-SERUM-30\",\"quantity\":1,\"price\":\"59.00\"}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String secret() {
    return pos("webhook-signing-key");
  }

  private static String shop() {
    return pos("shop-domain");
  }
}
