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
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clover stock: inventory notifications ({@code I:} item ids, and {@code IS:} of the item stock
 * topic) authenticated by {@code X-Clover-Auth}, after which the item is read with its stock; and
 * the stock poll over every item. The merchant is the store.
 */
@QuarkusTest
@WithTestResource(
    value = TenantStackResource.class,
    initArgs = @ResourceArg(name = TenantStackResource.POS_PROVIDER, value = "clover"))
@WithTestResource(FakeVendorsResource.class)
class CloverStockIT {

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
  void anItemNotificationReadsTheItemsStockAndTheSameDeliveryTwiceIsOneEvent() throws Exception {
    String itemId = itemId();
    String sku = "AST-SERUM-" + itemId;
    stock().item(itemId, item(itemId, sku, 160.5));
    long ts = System.currentTimeMillis();
    byte[] body = notification("I:" + itemId, ts);

    deliver(body).then().statusCode(200);
    deliver(body).then().statusCode(200);

    awaitProcessed(merchant() + ":I:" + itemId + ":UPDATE:" + ts);
    assertThat(Inventory.of(role, password, sku))
        .singleElement()
        .satisfies(
            count -> {
              assertThat(count.location()).isEqualTo(merchant());
              assertThat(count.quantity()).isEqualTo(160);
              assertThat(count.source()).isEqualTo("clover");
            });
    assertThat(FakeVendorsResource.vendors().calls())
        .contains("GET /v3/merchants/" + merchant() + "/items/" + itemId);
  }

  @Test
  void anItemStockNotificationReplacesTheCountWithTheLaterReading() throws Exception {
    String itemId = itemId();
    String sku = "AST-CREAM-" + itemId;
    stock().item(itemId, item(itemId, sku, 3));
    long ts = System.currentTimeMillis();
    deliver(notification("I:" + itemId, ts)).then().statusCode(200);
    awaitProcessed(merchant() + ":I:" + itemId + ":UPDATE:" + ts);

    stock().item(itemId, item(itemId, sku, 0));
    deliver(notification("IS:" + itemId, ts + 1)).then().statusCode(200);
    awaitProcessed(merchant() + ":IS:" + itemId + ":UPDATE:" + (ts + 1));

    assertThat(Inventory.of(role, password, sku))
        .singleElement()
        .satisfies(count -> assertThat(count.quantity()).isZero());
  }

  @Test
  void theStockPollReadsEveryItem() throws Exception {
    String itemId = itemId();
    String sku = "AST-OIL-" + itemId;
    stock().item(itemId, item(itemId, sku, 7));

    assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(1);

    assertThat(Inventory.of(role, password, sku))
        .singleElement()
        .satisfies(count -> assertThat(count.quantity()).isEqualTo(7));
    assertThat(FakeVendorsResource.vendors().calls())
        .contains("GET /v3/merchants/" + merchant() + "/items");
  }

  private void awaitProcessed(String key) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(WebhookEvents.find(role, password, "clover", key))
                    .singleElement()
                    .satisfies(row -> assertThat(row.status()).isEqualTo("PROCESSED")));
  }

  private static FakeVendorsStock stock() {
    return FakeVendorsResource.vendors().stock();
  }

  private static String itemId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 13).toUpperCase();
  }

  /** An item as {@code GET /v3/merchants/{mId}/items/{id}?expand=itemStock} returns it. */
  private static ObjectNode item(String id, String sku, double quantity) {
    ObjectNode item =
        JSON.createObjectNode().put("id", id).put("name", "Item " + id).put("sku", sku);
    item.putObject("itemStock")
        .put("stockCount", Math.round(quantity))
        .put("quantity", quantity)
        .putObject("item")
        .put("id", id);
    return item;
  }

  private static byte[] notification(String objectId, long ts) {
    return ("{\"appId\":\"APPIT\",\"merchants\":{\""
            + merchant()
            + "\":[{\"objectId\":\""
            + objectId
            + "\",\"type\":\"UPDATE\",\"ts\":"
            + ts
            + "}]}}")
        .getBytes(UTF_8);
  }

  private static Response deliver(byte[] body) {
    return given()
        .contentType("application/json")
        .header("X-Clover-Auth", pos("webhook-signing-key"))
        .body(body)
        .post("/v1/webhooks/clover");
  }

  private static String merchant() {
    return pos("merchant-id");
  }
}
