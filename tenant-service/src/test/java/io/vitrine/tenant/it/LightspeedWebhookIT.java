package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static io.vitrine.tenant.it.PosSettings.pos;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vitrine.tenant.pos.reconcile.ReconciliationPoller;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lightspeed Retail X-Series webhooks (form-encoded, {@code X-Signature: signature=<hex HMAC-SHA256
 * of the body under the client secret>, algorithm=HMAC-SHA256}), the sale fetched from the X-Series
 * API, against the tenant's real PostgreSQL.
 */
@QuarkusTest
@WithTestResource(
    value = TenantStackResource.class,
    initArgs = @ResourceArg(name = TenantStackResource.POS_PROVIDER, value = "lightspeed-x"))
@WithTestResource(FakeVendorsResource.class)
class LightspeedWebhookIT {

  private static final String ENDPOINT = "/v1/webhooks/lightspeed";
  private static final ObjectMapper JSON = new ObjectMapper();

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
  void aValidWebhookIsStoredOnceAndTheFetchedSaleAppliedOnce() throws Exception {
    String saleId = UUID.randomUUID().toString();
    vendors().put(saleId, sale(saleId, 7, "P-SERUM", "P-CREAM"));
    byte[] body = webhook(saleId, 7);

    deliver(body, sign(body)).then().statusCode(200);
    deliver(body, sign(body)).then().statusCode(200);

    awaitProcessed(key(saleId, 7));
    assertThat(WebhookEvents.find(role, password, "lightspeed-x", key(saleId, 7)))
        .singleElement()
        .satisfies(row -> assertThat(row.rawBody()).isEqualTo(body));
    var sale = Sales.one(role, password, "lightspeed-x", saleId).orElseThrow();
    assertThat(sale.version()).isEqualTo(7);
    assertThat(sale.skus()).containsExactly("P-SERUM", "P-CREAM");
    assertThat(sale.total()).isEqualByComparingTo("130.00");
    assertThat(sale.storeLocation()).isEqualTo("OUTLET-1");
    assertThat(vendors().calls()).contains("GET /api/2.0/sales/" + saleId);
  }

  @Test
  void theSerialOfAWatchSoldIsReadFromTheSerialNumbersApiByItsLineItem() throws Exception {
    String watch = SalesFixture.unique("P-WATCH");
    SalesFixture.insert(
        "INSERT INTO products (sku, name, serialized) VALUES (?, 'Oyster 39', true) RETURNING id",
        watch);
    String saleId = UUID.randomUUID().toString();
    ObjectNode sale = sale(saleId, 3, watch, "P-CLOTH");
    String lineItemId = sale.path("line_items").path(0).path("id").asText();
    String code = "LX-" + UUID.randomUUID().toString().substring(0, 8);
    var serials = JSON.createArrayNode();
    serials
        .addObject()
        .put("id", UUID.randomUUID().toString())
        .put("code", code)
        .put("product_id", watch)
        .put("outlet_id", "OUTLET-1")
        .put("sale_id", saleId)
        .put("line_item_id", lineItemId)
        .put("version", 311);
    vendors().put(saleId, sale);
    vendors().putSerialNumbers(saleId, serials);
    byte[] body = webhook(saleId, 3);

    deliver(body, sign(body)).then().statusCode(200);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        SalesFixture.rows(
                            "SELECT a.sku, e.kind, e.source_transaction FROM assets a"
                                + " JOIN asset_events e ON e.asset_id = a.id WHERE a.serial = ?",
                            code))
                    .containsExactly(
                        java.util.Map.of(
                            "sku",
                            watch,
                            "kind",
                            "SOLD",
                            "source_transaction",
                            "lightspeed-x:" + saleId)));
    assertThat(vendors().calls()).contains("GET /api/2.0/serialnumbers");
  }

  @Test
  void aForgedTruncatedOrUnsignedWebhookIsUnauthorizedAndStoresNothing() throws Exception {
    String saleId = UUID.randomUUID().toString();
    byte[] body = webhook(saleId, 1);

    deliver(body, signature("not-the-secret", body))
        .then()
        .statusCode(401)
        .body("type", equalTo("https://vitrine.io/problems/webhook-signature"));
    deliver(Arrays.copyOf(body, body.length - 4), sign(body)).then().statusCode(401);
    deliver(body, null).then().statusCode(401);
    deliver(body, sign(body).replace("HMAC-SHA256", "HMAC-SHA1")).then().statusCode(401);

    assertThat(WebhookEvents.find(role, password, "lightspeed-x", key(saleId, 1))).isEmpty();
  }

  @Test
  void aReplayWithAnotherBodyUnderTheSameSignatureIsUnauthorized() throws Exception {
    String saleId = UUID.randomUUID().toString();
    vendors().put(saleId, sale(saleId, 2, "P-SERUM"));
    byte[] body = webhook(saleId, 2);
    String signature = sign(body);
    deliver(body, signature).then().statusCode(200);

    deliver(webhook(saleId, 3), signature).then().statusCode(401);

    assertThat(WebhookEvents.find(role, password, "lightspeed-x", key(saleId, 3))).isEmpty();
  }

  @Test
  void anOlderVersionArrivingLastChangesNothing() throws Exception {
    String saleId = UUID.randomUUID().toString();
    vendors().put(saleId, sale(saleId, 9, "P-SERUM", "P-MASK"));
    byte[] newer = webhook(saleId, 9);
    deliver(newer, sign(newer)).then().statusCode(200);
    awaitProcessed(key(saleId, 9));

    vendors().put(saleId, sale(saleId, 8, "P-SERUM"));
    byte[] older = webhook(saleId, 8);
    deliver(older, sign(older)).then().statusCode(200);
    awaitProcessed(key(saleId, 8));

    var sale = Sales.one(role, password, "lightspeed-x", saleId).orElseThrow();
    assertThat(sale.version()).isEqualTo(9);
    assertThat(sale.skus()).containsExactly("P-SERUM", "P-MASK");
  }

  @Test
  void whileTheDatabaseIsUnreachableWebhooksAreRefusedAndNothingIsMissingAfterwards()
      throws Exception {
    String before = UUID.randomUUID().toString();
    String during = UUID.randomUUID().toString();
    vendors().put(before, sale(before, 1, "P-SERUM"));
    vendors().put(during, sale(during, 1, "P-CREAM"));
    byte[] first = webhook(before, 1);
    byte[] second = webhook(during, 1);
    deliver(first, sign(first)).then().statusCode(200);

    try (var outage = TenantOutage.begin(role)) {
      deliver(second, sign(second)).then().statusCode(503).header("Retry-After", notNullValue());
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> deliver(second, sign(second)).statusCode() == 200);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(Sales.find(role, password, "lightspeed-x", before)).hasSize(1);
              assertThat(Sales.find(role, password, "lightspeed-x", during)).hasSize(1);
            });
  }

  @Test
  void theReconciliationPollReadsSalesByVersionAndEnqueuesEachOnce() throws Exception {
    String saleId = UUID.randomUUID().toString();
    vendors().put(saleId, sale(saleId, 1_000_000 + System.nanoTime() % 1000, "P-OIL"));

    assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(1);
    assertThat(poller.pollOnce()).isZero();

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> assertThat(Sales.find(role, password, "lightspeed-x", saleId)).hasSize(1));
    assertThat(vendors().calls()).contains("GET /api/2.0/sales");
  }

  private void awaitProcessed(String key) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(Sales.eventStatus(role, password, "lightspeed-x", key))
                    .contains("PROCESSED"));
  }

  private static String key(String saleId, long version) {
    return "sale:" + saleId + ":" + version;
  }

  private static FakeVendors vendors() {
    return FakeVendorsResource.vendors();
  }

  /** A sale as {@code GET /api/2.0/sales/{id}} returns it in {@code data}. */
  private static ObjectNode sale(String id, long version, String... products) {
    ObjectNode sale = JSON.createObjectNode();
    sale.put("id", id)
        .put("outlet_id", "OUTLET-1")
        .put("register_id", "REG-1")
        .put("customer_id", "CUST-" + id)
        .put("status", "CLOSED")
        .put("version", version)
        .put("sale_date", "2026-03-01T10:00:00+00:00")
        .put("total_price", 50.00 * products.length)
        .put("total_tax", 15.00 * products.length);
    var lines = sale.putArray("line_items");
    for (String product : products) {
      lines
          .addObject()
          .put("id", UUID.randomUUID().toString())
          .put("product_id", product)
          .put("quantity", 1)
          .put("price", 50.00)
          .put("price_total", 50.00);
    }
    return sale;
  }

  /** The form X-Series posts: {@code payload} holds the object as JSON. */
  private static byte[] webhook(String saleId, long version) {
    String payload =
        "{\"id\":\"" + saleId + "\",\"version\":" + version + ",\"status\":\"CLOSED\"}";
    return ("domain_prefix=&environment=prod&payload="
            + URLEncoder.encode(payload, UTF_8)
            + "&retailer_id=R1&type=sale.update")
        .getBytes(UTF_8);
  }

  private Response deliver(byte[] body, String signature) {
    // As a string: REST Assured re-encodes form bodies given as bytes. The body is ASCII.
    var request = given().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    if (signature != null) {
      request.header("X-Signature", signature);
    }
    return request.body(new String(body, UTF_8)).post(ENDPOINT);
  }

  private static String sign(byte[] body) throws Exception {
    return signature(pos("webhook-signing-key"), body);
  }

  /** {@code signature=<hex HMAC-SHA256(client secret, body)>, algorithm=HMAC-SHA256}. */
  private static String signature(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
    return "signature=" + HexFormat.of().formatHex(mac.doFinal(body)) + ", algorithm=HMAC-SHA256";
  }
}
