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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Shopify stock: {@code inventory_levels/update} webhooks, signed as Shopify signs them, and the
 * stock poll, against the tenant's real PostgreSQL; the inventory item's SKU comes from the Admin
 * API.
 */
@QuarkusTest
@WithTestResource(
    value = TenantStackResource.class,
    initArgs = @ResourceArg(name = TenantStackResource.POS_PROVIDER, value = "shopify"))
@WithTestResource(FakeVendorsResource.class)
class ShopifyStockIT {

  private static final String TOPIC = "inventory_levels/update";
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
  void aLevelUpdateIsStoredOnceAndItsCountAppliedUnderTheItemsSku() throws Exception {
    String item = numericId();
    String location = numericId();
    String sku = "AST-SERUM-" + item;
    stock().sku(item, sku);
    byte[] body = level(item, location, 6, "2026-03-01T10:00:00-05:00");
    String webhookId = UUID.randomUUID().toString();

    deliver(body, sign(body), webhookId).then().statusCode(200);
    deliver(body, sign(body), webhookId).then().statusCode(200);

    awaitProcessed(webhookId);
    Instant updated = Instant.parse("2026-03-01T15:00:00Z");
    assertThat(Inventory.of(role, password, sku))
        .containsExactly(
            new Inventory.Count(location, 6, "shopify", updated.toEpochMilli(), updated));
    assertThat(FakeVendorsResource.vendors().calls())
        .anyMatch(call -> call.endsWith("/inventory_items.json"));
  }

  @Test
  void anOlderLevelArrivingLastChangesNothing() throws Exception {
    String item = numericId();
    String location = numericId();
    String sku = "AST-CREAM-" + item;
    stock().sku(item, sku);
    byte[] newer = level(item, location, 2, "2026-03-01T10:05:00Z");
    byte[] older = level(item, location, 9, "2026-03-01T10:00:00Z");
    String newerId = UUID.randomUUID().toString();
    String olderId = UUID.randomUUID().toString();

    deliver(newer, sign(newer), newerId).then().statusCode(200);
    awaitProcessed(newerId);
    deliver(older, sign(older), olderId).then().statusCode(200);
    awaitProcessed(olderId);

    assertThat(Inventory.of(role, password, sku))
        .singleElement()
        .satisfies(count -> assertThat(count.quantity()).isEqualTo(2));
  }

  @Test
  void aForgedLevelIsUnauthorizedAndChangesNothing() throws Exception {
    String item = numericId();
    String sku = "AST-OIL-" + item;
    stock().sku(item, sku);
    byte[] body = level(item, numericId(), 5, "2026-03-01T10:00:00Z");
    String webhookId = UUID.randomUUID().toString();

    deliver(body, WebhookEvents.sign("not-the-secret", body), webhookId).then().statusCode(401);

    assertThat(WebhookEvents.find(role, password, "shopify", webhookId)).isEmpty();
    assertThat(Inventory.of(role, password, sku)).isEmpty();
  }

  @Test
  void countsAreMeteredBySourceAndAnItemWithoutSkuIsCountedButNotStored() throws Exception {
    String mapped = numericId();
    stock().sku(mapped, "AST-TONER-" + mapped);
    byte[] withSku = level(mapped, numericId(), 5, "2026-03-01T10:00:00Z");
    byte[] withoutSku = level(numericId(), numericId(), 5, "2026-03-01T10:00:00Z");
    String first = UUID.randomUUID().toString();
    String second = UUID.randomUUID().toString();

    deliver(withSku, sign(withSku), first).then().statusCode(200);
    deliver(withoutSku, sign(withoutSku), second).then().statusCode(200);

    awaitProcessed(first);
    awaitProcessed(second);
    assertThat(given().get("/q/metrics").asString())
        .contains("vitrine_stock_counts_unmapped_total{source=\"shopify\"}")
        .contains("vitrine_stock_counts_total{outcome=\"applied\",source=\"shopify\"}")
        .contains("vitrine_stock_count_age_seconds_count{source=\"shopify\"}");
  }

  @Test
  void theStockPollAppliesALevelTheWebhooksMissedOnce() throws Exception {
    String item = numericId();
    String location = numericId();
    String sku = "AST-MASK-" + item;
    stock().sku(item, sku);
    stock().shopifyLocation(location);
    String updated = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS).toString();
    stock().count(item, location, (ObjectNode) JSON.readTree(level(item, location, 3, updated)));

    assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(1);
    assertThat(poller.pollOnce()).isZero();

    assertThat(Inventory.of(role, password, sku))
        .singleElement()
        .satisfies(
            count -> {
              assertThat(count.location()).isEqualTo(location);
              assertThat(count.quantity()).isEqualTo(3);
            });
    assertThat(FakeVendorsResource.vendors().calls())
        .anyMatch(call -> call.endsWith("/inventory_levels.json"));
  }

  private void awaitProcessed(String webhookId) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(WebhookEvents.find(role, password, "shopify", webhookId))
                    .singleElement()
                    .satisfies(row -> assertThat(row.status()).isEqualTo("PROCESSED")));
  }

  private static FakeVendorsStock stock() {
    return FakeVendorsResource.vendors().stock();
  }

  private static String numericId() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE));
  }

  /** An inventory level as the {@code inventory_levels/update} webhook carries it. */
  private static byte[] level(String item, String location, int available, String updatedAt) {
    return ("{\"inventory_item_id\":"
            + item
            + ",\"location_id\":"
            + location
            + ",\"available\":"
            + available
            + ",\"updated_at\":\""
            + updatedAt
            + "\",\"admin_graphql_api_id\":\"gid://shopify/InventoryLevel/"
            + location
            + "?inventory_item_id="
            + item
            + "\"}")
        .getBytes(UTF_8);
  }

  private static String sign(byte[] body) throws Exception {
    return WebhookEvents.sign(pos("webhook-signing-key"), body);
  }

  private static Response deliver(byte[] body, String signature, String webhookId) {
    return given()
        .contentType("application/json")
        .header("X-Shopify-Topic", TOPIC)
        .header("X-Shopify-Hmac-Sha256", signature)
        .header("X-Shopify-Webhook-Id", webhookId)
        .header("X-Shopify-Shop-Domain", pos("shop-domain"))
        .body(body)
        .post("/v1/webhooks/shopify");
  }
}
