package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static io.vitrine.tenant.it.PosSettings.pos;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vitrine.tenant.pos.reconcile.StockReconciliationPoller;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lightspeed Retail X-Series stock: {@code inventory.update} webhooks (form-encoded, signed), after
 * which the product's inventory records are read with their versions, and the stock poll by
 * version.
 */
@QuarkusTest
@WithTestResource(
    value = TenantStackResource.class,
    initArgs = @ResourceArg(name = TenantStackResource.POS_PROVIDER, value = "lightspeed-x"))
@WithTestResource(FakeVendorsResource.class)
class LightspeedStockIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "quarkus.datasource.username")
  String role;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  @Inject StockReconciliationPoller poller;

  @BeforeEach
  void vendorExpectsTheTenantsToken() {
    FakeVendorsResource.vendors().expectToken(pos("api-token"));
  }

  @Test
  void aWebhookReadsTheProductsRecordsAtEveryOutletAndIsStoredOnce() throws Exception {
    String product = UUID.randomUUID().toString();
    String sku = "AST-SERUM-" + product;
    stock().sku(product, sku);
    stock().count(product, "OUTLET-1", record(product, "OUTLET-1", 5, 100));
    stock().count(product, "OUTLET-2", record(product, "OUTLET-2", 0, 101));
    String payload = payload(product, "OUTLET-1", 5);
    byte[] body = webhook(payload);

    deliver(body).then().statusCode(200);
    deliver(body).then().statusCode(200);

    awaitProcessed(key(payload));
    assertThat(Inventory.of(role, password, sku))
        .extracting(Inventory.Count::location, Inventory.Count::quantity, Inventory.Count::version)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("OUTLET-1", 5, 100L),
            org.assertj.core.groups.Tuple.tuple("OUTLET-2", 0, 101L));
    assertThat(FakeVendorsResource.vendors().calls())
        .contains("GET /api/2.0/products/" + product + "/inventory")
        .contains("GET /api/2.0/products/" + product);
  }

  @Test
  void anOlderRecordReadLateChangesNothing() throws Exception {
    String product = UUID.randomUUID().toString();
    String sku = "AST-CREAM-" + product;
    stock().sku(product, sku);
    stock().count(product, "OUTLET-1", record(product, "OUTLET-1", 2, 200));
    String first = payload(product, "OUTLET-1", 2);
    deliver(webhook(first)).then().statusCode(200);
    awaitProcessed(key(first));

    // A lagging replica answers an older version of the record.
    stock().count(product, "OUTLET-1", record(product, "OUTLET-1", 9, 150));
    String second = payload(product, "OUTLET-1", 9);
    deliver(webhook(second)).then().statusCode(200);
    awaitProcessed(key(second));

    assertThat(Inventory.of(role, password, sku))
        .singleElement()
        .satisfies(count -> assertThat(count.quantity()).isEqualTo(2));
  }

  @Test
  void theStockPollReadsRecordsByVersionOnce() throws Exception {
    String product = UUID.randomUUID().toString();
    String sku = "AST-OIL-" + product;
    stock().sku(product, sku);
    stock().count(product, "OUTLET-3", record(product, "OUTLET-3", 4, 300));

    assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(1);
    assertThat(poller.pollOnce()).isZero();

    assertThat(Inventory.of(role, password, sku))
        .singleElement()
        .satisfies(count -> assertThat(count.quantity()).isEqualTo(4));
    assertThat(FakeVendorsResource.vendors().calls()).contains("GET /api/2.0/inventory");
  }

  private void awaitProcessed(String key) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(WebhookEvents.find(role, password, "lightspeed-x", key))
                    .singleElement()
                    .satisfies(row -> assertThat(row.status()).isEqualTo("PROCESSED")));
  }

  private static FakeVendorsStock stock() {
    return FakeVendorsResource.vendors().stock();
  }

  /** An inventory record as {@code GET /api/2.0/products/{id}/inventory} lists it. */
  private static ObjectNode record(String product, String outlet, int level, long version) {
    return JSON.createObjectNode()
        .put("id", UUID.randomUUID().toString())
        .put("outlet_id", outlet)
        .put("product_id", product)
        .put("inventory_level", level)
        .put("current_amount", level)
        .put("version", version);
  }

  /** An {@code inventory.update} payload: the record's product, outlet and count. */
  private static String payload(String product, String outlet, int count) {
    return "{\"attributed_cost\":\"10.00\",\"count\":"
        + count
        + ",\"id\":\""
        + UUID.randomUUID()
        + "\",\"outlet_id\":\""
        + outlet
        + "\",\"product_id\":\""
        + product
        + "\",\"reorder_point\":\"0\",\"restock_level\":\"0\"}";
  }

  /** Without a version, a payload's key is its content's digest. */
  private static String key(String payload) throws Exception {
    return "inventory:"
        + HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(payload.getBytes(UTF_8)));
  }

  private static byte[] webhook(String payload) {
    return ("domain_prefix=&environment=prod&payload="
            + URLEncoder.encode(payload, UTF_8)
            + "&retailer_id=R1&type=inventory.update")
        .getBytes(UTF_8);
  }

  private static Response deliver(byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(pos("webhook-signing-key").getBytes(UTF_8), "HmacSHA256"));
    String signature =
        "signature=" + HexFormat.of().formatHex(mac.doFinal(body)) + ", algorithm=HMAC-SHA256";
    // As a string: REST Assured re-encodes form bodies given as bytes. The body is ASCII.
    return given()
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .header("X-Signature", signature)
        .body(new String(body, UTF_8))
        .post("/v1/webhooks/lightspeed");
  }
}
