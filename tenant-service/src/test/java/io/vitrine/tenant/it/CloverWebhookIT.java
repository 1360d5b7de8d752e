package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static io.vitrine.tenant.it.PosSettings.pos;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vitrine.tenant.pos.reconcile.ReconciliationPoller;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clover webhooks: the verification-code handshake, then batched notifications per merchant
 * authenticated by the static {@code X-Clover-Auth} code; each order is fetched with its line items
 * from the Clover API. Clover authenticates the sender, not the body: a notification only names an
 * order, whose content always comes from the API.
 */
@QuarkusTest
@WithTestResource(
    value = TenantStackResource.class,
    initArgs = @ResourceArg(name = TenantStackResource.POS_PROVIDER, value = "clover"))
@WithTestResource(FakeVendorsResource.class)
class CloverWebhookIT {

  private static final String ENDPOINT = "/v1/webhooks/clover";
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
  void theVerificationCodeIsAcceptedAndKeptOnce() throws Exception {
    String code = UUID.randomUUID().toString();
    byte[] body = ("{\"verificationCode\":\"" + code + "\"}").getBytes(UTF_8);

    deliver(body, null).then().statusCode(200);
    deliver(body, null).then().statusCode(200);

    String key =
        "verification:"
            + HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(UTF_8)));
    assertThat(WebhookEvents.find(role, password, "clover", key))
        .singleElement()
        .satisfies(row -> assertThat(row.rawBody()).isEqualTo(body));
  }

  @Test
  void aBatchedNotificationFetchesEachOrderAndTheSameDeliveryTwiceYieldsOneSale() throws Exception {
    String first = "O" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String second = "O" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    vendors().put(first, order(first, 1000, "ITEM-SERUM", "ITEM-CREAM"));
    vendors().put(second, order(second, 1000, "ITEM-OIL"));
    long ts = System.currentTimeMillis();
    byte[] body = notification(ts, first, second);

    deliver(body, token()).then().statusCode(200);
    deliver(body, token()).then().statusCode(200);

    awaitProcessed(key(first, ts));
    awaitProcessed(key(second, ts));
    var sale = Sales.one(role, password, "clover", first).orElseThrow();
    assertThat(sale.skus()).containsExactly("ITEM-SERUM", "ITEM-CREAM");
    assertThat(sale.total()).isEqualByComparingTo("118.00");
    assertThat(sale.storeLocation()).isEqualTo(merchant());
    assertThat(Sales.find(role, password, "clover", second)).hasSize(1);
    assertThat(vendors().calls()).contains("GET /v3/merchants/" + merchant() + "/orders/" + first);
  }

  @Test
  void aWrongMissingOrReplayedAuthCodeIsUnauthorizedAndStoresNothing() throws Exception {
    String orderId = "O" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    long ts = System.currentTimeMillis();
    byte[] body = notification(ts, orderId);

    deliver(body, "not-the-token")
        .then()
        .statusCode(401)
        .body("type", equalTo("https://vitrine.io/problems/webhook-signature"));
    deliver(body, null).then().statusCode(401);
    deliver(body, token().substring(1)).then().statusCode(401);
    deliver(Arrays.copyOf(body, body.length - 3), token()).then().statusCode(400);

    assertThat(WebhookEvents.find(role, password, "clover", key(orderId, ts))).isEmpty();
  }

  @Test
  void aNotificationForAnotherMerchantIsForbidden() throws Exception {
    byte[] body =
        ("{\"appId\":\"APP\",\"merchants\":{\"OTHERMERCHANT\":[{\"objectId\":\"O:X1\","
                + "\"type\":\"UPDATE\",\"ts\":1}]}}")
            .getBytes(UTF_8);
    deliver(body, token()).then().statusCode(403);
  }

  @Test
  void anOlderModificationArrivingLastChangesNothing() throws Exception {
    String orderId = "O" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    vendors().put(orderId, order(orderId, 2000, "ITEM-SERUM", "ITEM-MASK"));
    byte[] newer = notification(2000, orderId);
    deliver(newer, token()).then().statusCode(200);
    awaitProcessed(key(orderId, 2000));

    vendors().put(orderId, order(orderId, 1500, "ITEM-SERUM"));
    byte[] older = notification(1500, orderId);
    deliver(older, token()).then().statusCode(200);
    awaitProcessed(key(orderId, 1500));

    var sale = Sales.one(role, password, "clover", orderId).orElseThrow();
    assertThat(sale.version()).isEqualTo(2000);
    assertThat(sale.skus()).containsExactly("ITEM-SERUM", "ITEM-MASK");
  }

  @Test
  void whileTheDatabaseIsUnreachableNotificationsAreRefusedAndNothingIsMissingAfterwards()
      throws Exception {
    String before = "O" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String during = "O" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    vendors().put(before, order(before, 1000, "ITEM-SERUM"));
    vendors().put(during, order(during, 1000, "ITEM-CREAM"));
    byte[] first = notification(1, before);
    byte[] second = notification(2, during);
    deliver(first, token()).then().statusCode(200);

    try (var outage = TenantOutage.begin(role)) {
      deliver(second, token()).then().statusCode(503).header("Retry-After", notNullValue());
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> deliver(second, token()).statusCode() == 200);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(Sales.find(role, password, "clover", before)).hasSize(1);
              assertThat(Sales.find(role, password, "clover", during)).hasSize(1);
            });
  }

  @Test
  void theReconciliationPollEnqueuesAMissedOrderOnce() throws Exception {
    String orderId = "O" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    long modified = Instant.now().minusSeconds(30).toEpochMilli();
    vendors().put(orderId, order(orderId, modified, "ITEM-OIL"));

    assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(1);
    poller.pollOnce();

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(Sales.find(role, password, "clover", orderId)).hasSize(1));
    String key = "order:" + merchant() + ":" + orderId + ":" + modified;
    assertThat(WebhookEvents.find(role, password, "clover", key)).hasSize(1);
  }

  private void awaitProcessed(String key) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(Sales.eventStatus(role, password, "clover", key)).contains("PROCESSED"));
  }

  private static String key(String orderId, long ts) {
    return merchant() + ":O:" + orderId + ":UPDATE:" + ts;
  }

  @Test
  void aLineIsStoredUnderTheSkuOfItsInventoryItemNotItsCode() throws Exception {
    String orderId = "O" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String item = "I" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String gone = "G" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    ObjectNode known = JSON.createObjectNode().put("id", item).put("name", "Night cream");
    known.put("sku", "SKU-CREAM-50ML").put("code", "3600523614554");
    vendors().stock().item(item, known);
    ObjectNode order = order(orderId, 1000);
    var lines = (ArrayNode) order.path("lineItems").path("elements");
    lines
        .addObject()
        .put("id", "L1")
        .put("price", 5900)
        .put("itemCode", "3600523614554")
        .putObject("item")
        .put("id", item);
    lines
        .addObject()
        .put("id", "L2")
        .put("price", 5900)
        .put("itemCode", "3600523614555")
        .putObject("item")
        .put("id", gone);
    vendors().put(orderId, order);
    long ts = System.currentTimeMillis();
    byte[] body = notification(ts, orderId);

    deliver(body, token()).then().statusCode(200);

    awaitProcessed(key(orderId, ts));
    var sale = Sales.one(role, password, "clover", orderId).orElseThrow();
    assertThat(sale.skus()).containsExactly("SKU-CREAM-50ML", gone);
  }

  private static FakeVendors vendors() {
    return FakeVendorsResource.vendors();
  }

  /** An order as {@code GET /v3/merchants/{mId}/orders/{id}?expand=lineItems} returns it. */
  private static ObjectNode order(String id, long modifiedTime, String... items) {
    ObjectNode order = JSON.createObjectNode();
    order
        .put("id", id)
        .put("currency", "EUR")
        .put("total", 5900L * items.length)
        .put("state", "locked")
        .put("paymentState", "PAID")
        .put("createdTime", 1_772_359_200_000L)
        .put("modifiedTime", modifiedTime);
    order.putObject("customers").putArray("elements").addObject().put("id", "C-" + id);
    var lines = order.putObject("lineItems").putArray("elements");
    for (String item : items) {
      var line = lines.addObject();
      line.put("id", UUID.randomUUID().toString()).put("name", item).put("price", 5900);
      line.put("itemCode", item);
    }
    return order;
  }

  private static byte[] notification(long ts, String... orderIds) {
    var items = new StringBuilder();
    for (String id : orderIds) {
      items.append(items.isEmpty() ? "" : ",");
      items
          .append("{\"objectId\":\"O:")
          .append(id)
          .append("\",\"type\":\"UPDATE\",\"ts\":")
          .append(ts)
          .append("}");
    }
    return ("{\"appId\":\"APPIT\",\"merchants\":{\"" + merchant() + "\":[" + items + "]}}")
        .getBytes(UTF_8);
  }

  private Response deliver(byte[] body, String auth) {
    var request = given().contentType("application/json");
    if (auth != null) {
      request.header("X-Clover-Auth", auth);
    }
    return request.body(body).post(ENDPOINT);
  }

  private static String token() {
    return pos("webhook-signing-key");
  }

  private static String merchant() {
    return pos("merchant-id");
  }
}
