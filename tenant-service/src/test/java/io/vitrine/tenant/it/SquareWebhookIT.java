package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static io.vitrine.tenant.it.PosSettings.pos;
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
import io.vitrine.tenant.pos.reconcile.ReconciliationPoller;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Square notifications against the tenant's real PostgreSQL, signed as Square signs them: over the
 * notification URL as registered, then the raw body.
 */
@QuarkusTest
@WithTestResource(
    value = TenantStackResource.class,
    initArgs = @ResourceArg(name = TenantStackResource.POS_PROVIDER, value = "square"))
@WithTestResource(FakeVendorsResource.class)
class SquareWebhookIT {

  private static final String ENDPOINT = "/v1/webhooks/square";
  private static final String PROBLEM = "application/problem+json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] URL =
      TenantStackResource.SQUARE_NOTIFICATION_URL.getBytes(StandardCharsets.UTF_8);

  @ConfigProperty(name = "quarkus.datasource.username")
  String role;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  @Inject ReconciliationPoller poller;

  @BeforeEach
  void vendorExpectsTheTenantsToken() {
    FakeVendorsResource.vendors().expectToken(pos("api-token"));
  }

  @Test
  void aValidNotificationIsStoredOnceAsReceived() throws Exception {
    String eventId = UUID.randomUUID().toString();
    byte[] body = notification(eventId, merchant(), 3);

    deliver(body, sign(body)).then().statusCode(200);

    var rows = stored(eventId);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).rawBody()).isEqualTo(body);
    assertThat(rows.get(0).topic()).isEqualTo("order.updated");
    assertThat(rows.get(0).status()).isIn("RECEIVED", "PROCESSED", "FAILED");
  }

  @Test
  void theSameNotificationTwiceYieldsOneRow() throws Exception {
    String eventId = UUID.randomUUID().toString();
    byte[] body = notification(eventId, merchant(), 3);

    deliver(body, sign(body)).then().statusCode(200);
    deliver(body, sign(body)).then().statusCode(200);

    assertThat(stored(eventId)).hasSize(1);
  }

  @Test
  void aForgedOrMissingSignatureIsUnauthorizedAndStoresNothing() throws Exception {
    String eventId = UUID.randomUUID().toString();
    byte[] body = notification(eventId, merchant(), 3);

    deliver(body, WebhookEvents.sign("not-the-key", URL, body))
        .then()
        .statusCode(401)
        .contentType(startsWith(PROBLEM))
        .body("type", equalTo("https://vitrine.io/problems/webhook-signature"));
    deliver(body, WebhookEvents.sign(key(), body)).then().statusCode(401); // signed without the URL
    deliver(body, null).then().statusCode(401);

    assertThat(stored(eventId)).isEmpty();
  }

  @Test
  void aTruncatedBodyIsUnauthorizedAndStoresNothing() throws Exception {
    String eventId = UUID.randomUUID().toString();
    byte[] body = notification(eventId, merchant(), 3);

    deliver(Arrays.copyOf(body, body.length - 2), sign(body)).then().statusCode(401);

    assertThat(stored(eventId)).isEmpty();
  }

  @Test
  void aReplayWithAnotherBodyUnderTheSameSignatureIsUnauthorizedAndChangesNothing()
      throws Exception {
    String eventId = UUID.randomUUID().toString();
    byte[] body = notification(eventId, merchant(), 3);
    String signature = sign(body);
    deliver(body, signature).then().statusCode(200);

    deliver(notification(eventId, merchant(), 4), signature).then().statusCode(401);
    String otherId = UUID.randomUUID().toString();
    deliver(notification(otherId, merchant(), 3), signature).then().statusCode(401);

    assertThat(stored(eventId))
        .singleElement()
        .satisfies(row -> assertThat(row.rawBody()).isEqualTo(body));
    assertThat(stored(otherId)).isEmpty();
  }

  @Test
  void aNotificationForAnotherMerchantIsForbidden() throws Exception {
    String eventId = UUID.randomUUID().toString();
    byte[] body = notification(eventId, "ANOTHERMERCHANT", 3);

    deliver(body, sign(body))
        .then()
        .statusCode(403)
        .body("type", equalTo("https://vitrine.io/problems/webhook-wrong-account"));

    assertThat(stored(eventId)).isEmpty();
  }

  @Test
  void aSignedNotificationWithoutEventIdIsABadRequest() throws Exception {
    byte[] body =
        ("{\"merchant_id\":\"" + merchant() + "\",\"type\":\"order.updated\",\"data\":{}}")
            .getBytes(StandardCharsets.UTF_8);
    deliver(body, sign(body))
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("detail", containsString("event_id"));

    byte[] notJson = "event_id=1".getBytes(StandardCharsets.UTF_8);
    deliver(notJson, sign(notJson)).then().statusCode(400);
  }

  @Test
  void whileTheDatabaseIsUnreachableNotificationsAreRefusedAndNothingIsMissingAfterwards()
      throws Exception {
    String before = "ORD-" + UUID.randomUUID();
    String during = "ORD-" + UUID.randomUUID();
    vendors().put(before, order(before, 1, "SKU-A"));
    vendors().put(during, order(during, 1, "SKU-B"));
    byte[] first = orderNotification(UUID.randomUUID().toString(), before, 1);
    byte[] second = orderNotification(UUID.randomUUID().toString(), during, 1);
    deliver(first, sign(first)).then().statusCode(200);

    try (var outage = TenantOutage.begin(role)) {
      deliver(second, sign(second))
          .then()
          .statusCode(503)
          .header("Retry-After", notNullValue())
          .contentType(startsWith(PROBLEM));
    }
    // Square retries the refused notification until it is acknowledged.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> deliver(second, sign(second)).statusCode() == 200);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(Sales.find(role, password, "square", before)).hasSize(1);
              assertThat(Sales.find(role, password, "square", during)).hasSize(1);
            });
  }

  @Test
  void anOrderNotificationFetchesTheOrderAndTheSameNotificationTwiceYieldsOneSale()
      throws Exception {
    String orderId = "ORD-" + UUID.randomUUID();
    vendors().put(orderId, order(orderId, 3, "SKU-SERUM", "SKU-CREAM"));
    String eventId = UUID.randomUUID().toString();
    byte[] body = orderNotification(eventId, orderId, 3);

    deliver(body, sign(body)).then().statusCode(200);
    deliver(body, sign(body)).then().statusCode(200);

    awaitProcessed(eventId);
    var sale = Sales.one(role, password, "square", orderId).orElseThrow();
    assertThat(sale.version()).isEqualTo(3);
    assertThat(sale.skus()).containsExactly("SKU-SERUM", "SKU-CREAM");
    assertThat(sale.total()).isEqualByComparingTo("118.00");
    assertThat(sale.storeLocation()).isEqualTo("L-SQUARE-1");
    assertThat(vendors().calls()).contains("GET /v2/orders/" + orderId);
    assertThat(Sales.followUps(role, password, sale.id()))
        .extracting(Sales.FollowUp::kind, Sales.FollowUp::posVersion)
        .containsExactly(
            tuple("ATTRIBUTION", 3L),
            tuple("LOYALTY", 3L),
            tuple("POST_PURCHASE_MESSAGE", 3L),
            tuple("SERIAL_CAPTURE", 3L));
  }

  @Test
  void anOlderVersionNeverOverwritesANewerOne() throws Exception {
    String orderId = "ORD-" + UUID.randomUUID();
    vendors().put(orderId, order(orderId, 4, "SKU-SERUM", "SKU-MASK"));
    String newer = UUID.randomUUID().toString();
    byte[] newerBody = orderNotification(newer, orderId, 4);
    deliver(newerBody, sign(newerBody)).then().statusCode(200);
    awaitProcessed(newer);

    // A stale read (or a late notification) brings version 3 after version 4.
    vendors().put(orderId, order(orderId, 3, "SKU-SERUM"));
    String older = UUID.randomUUID().toString();
    byte[] olderBody = orderNotification(older, orderId, 3);
    deliver(olderBody, sign(olderBody)).then().statusCode(200);
    awaitProcessed(older);

    var sale = Sales.one(role, password, "square", orderId).orElseThrow();
    assertThat(sale.version()).isEqualTo(4);
    assertThat(sale.skus()).containsExactly("SKU-SERUM", "SKU-MASK");
  }

  @Test
  void aFetchThatFailsIsRetriedUntilTheOrderCanBeRead() throws Exception {
    String orderId = "ORD-" + UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    byte[] body = orderNotification(eventId, orderId, 1);

    deliver(body, sign(body)).then().statusCode(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> vendors().calls().contains("GET /v2/orders/" + orderId));
    vendors().put(orderId, order(orderId, 1, "SKU-SERUM"));

    awaitProcessed(eventId);
    assertThat(Sales.find(role, password, "square", orderId)).hasSize(1);
  }

  @Test
  void anOrderThatCannotBeFetchedEndsFailedWithAnErrorThatQuotesNoData() throws Exception {
    String orderId = "ORD-" + UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    byte[] body = orderNotification(eventId, orderId, 1);

    deliver(body, sign(body)).then().statusCode(200);

    await()
        .atMost(Duration.ofSeconds(40))
        .untilAsserted(
            () ->
                assertThat(Sales.eventStatus(role, password, "square", eventId))
                    .contains("FAILED"));
    assertThat(Sales.lastError(role, password, "square", eventId))
        .startsWith("vendor-api: square GET /v2/orders/")
        .endsWith("HTTP 404")
        .doesNotContain(pos("api-token"));
    assertThat(Sales.find(role, password, "square", orderId)).isEmpty();
  }

  @Test
  void theReconciliationPollEnqueuesAMissedOrderOnce() throws Exception {
    String orderId = "ORD-" + UUID.randomUUID();
    vendors().put(orderId, order(orderId, 2, "SKU-OIL"));

    assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(1);
    poller.pollOnce();

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(Sales.find(role, password, "square", orderId)).hasSize(1));
    assertThat(WebhookEvents.find(role, password, "square", "order:" + orderId + ":2")).hasSize(1);
    assertThat(vendors().calls()).contains("POST /v2/orders/search");
  }

  private void awaitProcessed(String eventId) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(stored(eventId))
                    .singleElement()
                    .satisfies(row -> assertThat(row.status()).isEqualTo("PROCESSED")));
  }

  @Test
  void aLineIsStoredUnderTheRetailersSkuOfItsItemVariation() throws Exception {
    String orderId = "ORD-" + UUID.randomUUID();
    String variation = "VAR-" + UUID.randomUUID();
    String unknown = "VAR-GONE-" + UUID.randomUUID();
    vendors().stock().sku(variation, "SKU-SERUM-30ML");
    vendors().put(orderId, order(orderId, 1, variation, unknown));
    String eventId = UUID.randomUUID().toString();
    byte[] body = orderNotification(eventId, orderId, 1);

    deliver(body, sign(body)).then().statusCode(200);

    awaitProcessed(eventId);
    var sale = Sales.one(role, password, "square", orderId).orElseThrow();
    assertThat(sale.skus()).containsExactly("SKU-SERUM-30ML", unknown);
    assertThat(vendors().calls()).contains("POST /v2/catalog/batch-retrieve");
  }

  private static FakeVendors vendors() {
    return FakeVendorsResource.vendors();
  }

  /** An order as {@code GET /v2/orders/{id}} returns it: money in cents. */
  private static ObjectNode order(String id, int version, String... skus) {
    ObjectNode order = JSON.createObjectNode();
    order
        .put("id", id)
        .put("location_id", "L-SQUARE-1")
        .put("customer_id", "CUST-" + id)
        .put("state", "COMPLETED")
        .put("version", version)
        .put("created_at", "2026-03-01T10:00:00Z")
        .put("updated_at", Instant.now().minusSeconds(20).toString())
        .put("closed_at", "2026-03-01T10:01:00Z");
    order.putObject("total_money").put("amount", 5900L * skus.length).put("currency", "EUR");
    var lines = order.putArray("line_items");
    for (String sku : skus) {
      var line = lines.addObject();
      line.put("uid", UUID.randomUUID().toString())
          .put("catalog_object_id", sku)
          .put("quantity", "1");
      line.putObject("base_price_money").put("amount", 5900).put("currency", "EUR");
      line.putObject("total_money").put("amount", 5900).put("currency", "EUR");
    }
    return order;
  }

  private static byte[] orderNotification(String eventId, String orderId, int version) {
    return ("{\"merchant_id\":\""
            + merchant()
            + "\",\"type\":\"order.updated\",\"event_id\":\""
            + eventId
            + "\",\"created_at\":\"2026-03-01T10:15:30Z\",\"data\":{\"type\":"
            + "\"order_updated\",\"id\":\""
            + orderId
            + "\",\"object\":{\"order_updated\":{\"order_id\":\""
            + orderId
            + "\",\"version\":"
            + version
            + ",\"state\":\"COMPLETED\"}}}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private String sign(byte[] body) throws Exception {
    return WebhookEvents.sign(key(), URL, body);
  }

  private Response deliver(byte[] body, String signature) {
    var request = given().contentType("application/json");
    if (signature != null) {
      request.header("x-square-hmacsha256-signature", signature);
    }
    return request.body(body).post(ENDPOINT);
  }

  private List<WebhookEvents.Row> stored(String eventId) throws Exception {
    return WebhookEvents.find(role, password, "square", eventId);
  }

  private static byte[] notification(String eventId, String merchantId, int version) {
    return ("{\"merchant_id\":\""
            + merchantId
            + "\",\"type\":\"order.updated\",\"event_id\":\""
            + eventId
            + "\",\"created_at\":\"2026-03-01T10:15:30Z\",\"data\":{\"type\":"
            + "\"order_updated\",\"id\":\"ORD-1\",\"object\":{\"order_updated\":{\"order_id\":"
            + "\"ORD-1\",\"version\":"
            + version
            + ",\"state\":\"OPEN\"}}}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String key() {
    return pos("webhook-signing-key");
  }

  private static String merchant() {
    return pos("merchant-id");
  }
}
