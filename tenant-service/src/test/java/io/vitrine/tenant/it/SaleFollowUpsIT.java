package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static io.vitrine.tenant.it.PosSettings.pos;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vitrine.tenant.checkout.copurchase.CoPurchaseIndex;
import io.vitrine.tenant.checkout.ranking.CoPurchase;
import io.vitrine.testing.LocalStack;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A POS sale arriving by webhook is followed, with no other call, by loyalty points for its
 * customer, a post-purchase message decision and co-purchase counts for its basket.
 */
@QuarkusTest
@WithTestResource(
    value = TenantStackResource.class,
    initArgs = @ResourceArg(name = TenantStackResource.POS_PROVIDER, value = "shopify"))
@WithTestResource(FakeVendorsResource.class)
class SaleFollowUpsIT {

  @ConfigProperty(name = "quarkus.datasource.username")
  String role;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  @Inject CoPurchaseIndex coPurchases;

  @Test
  void aWebhookSaleEarnsPointsDecidesAMessageAndTeachesCoPurchases() throws Exception {
    String orderId = Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    String serum = "SERUM-" + UUID.randomUUID();
    String cream = "CREAM-" + UUID.randomUUID();
    byte[] body = posOrder(orderId, serum, cream);

    given()
        .contentType("application/json")
        .header("X-Shopify-Topic", "orders/create")
        .header("X-Shopify-Hmac-Sha256", WebhookEvents.sign(pos("webhook-signing-key"), body))
        .header("X-Shopify-Webhook-Id", UUID.randomUUID().toString())
        .header("X-Shopify-Shop-Domain", pos("shop-domain"))
        .body(body)
        .post("/v1/webhooks/shopify")
        .then()
        .statusCode(200);

    long saleId = await().atMost(Duration.ofSeconds(20)).until(() -> saleId(orderId), id -> id > 0);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertThat(count("SELECT count(*) FROM loyalty_ledger WHERE sale_id = ?", saleId))
                  .as("loyalty ledger rows of the sale")
                  .isPositive();
              assertThat(count("SELECT count(*) FROM messages WHERE sale_id = ?", saleId))
                  .as("post-purchase message decision (a draft or a recorded skip)")
                  .isEqualTo(1);
              assertThat(coPurchases.sales(serum)).isEqualTo(1);
              assertThat(coPurchases.partners(serum))
                  .extracting(CoPurchase::partnerSku)
                  .contains(cream);
            });
  }

  private long saleId(String orderId) throws SQLException {
    return count("SELECT coalesce(max(id), 0) FROM sales WHERE pos_sale_id = ?", orderId);
  }

  private long count(String sql, Object parameter) throws SQLException {
    try (var connection = DriverManager.getConnection(LocalStack.load().jdbcUrl(), role, password);
        var statement = connection.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      var rows = statement.executeQuery();
      rows.next();
      return rows.getLong(1);
    }
  }

  private static byte[] posOrder(String id, String... skus) {
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
            + ",\"source_name\":\"pos\",\"location_id\":655441491,\"currency\":\"EUR\","
            + "\"total_price\":\"118.00\",\"created_at\":\"2026-03-01T09:59:00Z\","
            + "\"updated_at\":\"2026-03-01T10:00:00Z\",\"customer\":{\"id\":"
            + id
            + "},\"line_items\":["
            + items
            + "]}")
        .getBytes(UTF_8);
  }
}
