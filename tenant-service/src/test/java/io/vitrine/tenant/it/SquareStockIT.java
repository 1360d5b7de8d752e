package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static io.vitrine.tenant.it.PosSettings.pos;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Square stock: {@code inventory.count.updated} notifications, signed over the notification URL and
 * the raw body, and the stock poll; the variation's SKU comes from the Catalog API.
 */
@QuarkusTest
@WithTestResource(
    value = TenantStackResource.class,
    initArgs = @ResourceArg(name = TenantStackResource.POS_PROVIDER, value = "square"))
@WithTestResource(FakeVendorsResource.class)
class SquareStockIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] URL =
      TenantStackResource.SQUARE_NOTIFICATION_URL.getBytes(StandardCharsets.UTF_8);

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
  void aNotificationIsStoredOnceAndItsInStockCountAppliedUnderTheVariationsSku() throws Exception {
    String variation = objectId();
    String sku = "HR-WATCH-" + variation;
    stock().sku(variation, sku);
    String eventId = UUID.randomUUID().toString();
    byte[] body = notification(eventId, variation, "4.5", "2026-03-01T10:15:30.10296Z");

    deliver(body).then().statusCode(200);
    deliver(body).then().statusCode(200);

    awaitProcessed(eventId);
    Instant calculated = Instant.parse("2026-03-01T10:15:30.10296Z");
    assertThat(Inventory.of(role, password, sku))
        .containsExactly(
            new Inventory.Count("L-SQUARE-1", 4, "square", calculated.toEpochMilli(), calculated));
    assertThat(FakeVendorsResource.vendors().calls()).contains("POST /v2/catalog/batch-retrieve");
  }

  @Test
  void anOlderCountArrivingLastChangesNothing() throws Exception {
    String variation = objectId();
    String sku = "HR-STRAP-" + variation;
    stock().sku(variation, sku);
    String newer = UUID.randomUUID().toString();
    String older = UUID.randomUUID().toString();

    deliver(notification(newer, variation, "1", "2026-03-01T10:20:00Z")).then().statusCode(200);
    awaitProcessed(newer);
    deliver(notification(older, variation, "7", "2026-03-01T10:10:00Z")).then().statusCode(200);
    awaitProcessed(older);

    assertThat(Inventory.of(role, password, sku))
        .singleElement()
        .satisfies(count -> assertThat(count.quantity()).isEqualTo(1));
  }

  @Test
  void theStockPollAppliesACountTheNotificationsMissedOnce() throws Exception {
    String variation = objectId();
    String sku = "HR-CLASP-" + variation;
    stock().sku(variation, sku);
    String calculated = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS).toString();
    stock().count(variation, "L-SQUARE-1", count(variation, "3", "IN_STOCK", calculated));

    assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(1);
    assertThat(poller.pollOnce()).isZero();

    assertThat(Inventory.of(role, password, sku))
        .singleElement()
        .satisfies(count -> assertThat(count.quantity()).isEqualTo(3));
    assertThat(FakeVendorsResource.vendors().calls())
        .contains("POST /v2/inventory/counts/batch-retrieve");
  }

  private void awaitProcessed(String eventId) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(WebhookEvents.find(role, password, "square", eventId))
                    .singleElement()
                    .satisfies(row -> assertThat(row.status()).isEqualTo("PROCESSED")));
  }

  private static FakeVendorsStock stock() {
    return FakeVendorsResource.vendors().stock();
  }

  private static String objectId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 24).toUpperCase();
  }

  /** An InventoryCount as Square documents it. */
  private static ObjectNode count(
      String variation, String quantity, String state, String calculatedAt) {
    return JSON.createObjectNode()
        .put("calculated_at", calculatedAt)
        .put("catalog_object_id", variation)
        .put("catalog_object_type", "ITEM_VARIATION")
        .put("location_id", "L-SQUARE-1")
        .put("quantity", quantity)
        .put("state", state);
  }

  /**
   * An {@code inventory.count.updated} notification: a sale moves units from IN_STOCK to SOLD, so
   * it carries both states' counts.
   */
  private static byte[] notification(
      String eventId, String variation, String inStock, String calculatedAt) throws Exception {
    ObjectNode body =
        JSON.createObjectNode()
            .put("merchant_id", pos("merchant-id"))
            .put("type", "inventory.count.updated")
            .put("event_id", eventId)
            .put("created_at", calculatedAt);
    ObjectNode data = body.putObject("data").put("type", "inventory").put("id", eventId);
    var counts = data.putObject("object").putArray("inventory_counts");
    counts.add(count(variation, inStock, "IN_STOCK", calculatedAt));
    counts.add(count(variation, "1", "SOLD", calculatedAt));
    return JSON.writeValueAsBytes(body);
  }

  private static Response deliver(byte[] body) throws Exception {
    return given()
        .contentType("application/json")
        .header(
            "x-square-hmacsha256-signature",
            WebhookEvents.sign(pos("webhook-signing-key"), URL, body))
        .body(body)
        .post("/v1/webhooks/square");
  }
}
