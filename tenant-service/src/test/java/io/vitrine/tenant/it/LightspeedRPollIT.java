package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vitrine.tenant.common.db.SqlFailures;
import io.vitrine.tenant.pos.reconcile.ReconciliationPoller;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lightspeed Retail R-Series sends no webhooks: its sales come only from the poll by {@code
 * timeStamp}, against the R-Series API's request and response shapes.
 */
@QuarkusTest
@WithTestResource(
    value = TenantStackResource.class,
    initArgs = @ResourceArg(name = TenantStackResource.POS_PROVIDER, value = "lightspeed-r"))
@WithTestResource(FakeVendorsResource.class)
class LightspeedRPollIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "quarkus.datasource.username")
  String role;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  @Inject ReconciliationPoller poller;

  @BeforeEach
  void vendorExpectsTheTenantsToken() {
    FakeVendorsResource.vendors()
        .expectToken(ConfigProvider.getConfig().getValue("vitrine.pos.api-token", String.class));
  }

  @Test
  void completedSalesArePolledOnceAndANewerChangeReplacesTheLines() throws Exception {
    String completed = saleId();
    String open = saleId();
    Instant changed = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
    vendors().put(completed, sale(completed, changed, true, "101", "102"));
    vendors().put(open, sale(open, changed, false, "103"));

    assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(2);
    assertThat(poller.pollOnce()).isZero();

    awaitSale(completed, 2);
    assertThat(Sales.find(role, password, "lightspeed-r", open)).isEmpty();

    vendors().put(completed, sale(completed, changed.plusSeconds(30), true, "101", "102", "104"));
    assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(1);
    awaitSale(completed, 3);
    assertThat(Sales.one(role, password, "lightspeed-r", completed).orElseThrow().version())
        .isEqualTo(changed.plusSeconds(30).toEpochMilli());
  }

  @Test
  void aPollWhileTheDatabaseIsUnreachableLosesNothing() throws Exception {
    String saleId = saleId();
    vendors().put(saleId, sale(saleId, Instant.now().minusSeconds(10), true, "201"));

    try (var outage = TenantOutage.begin(role)) {
      assertThatThrownBy(poller::pollOnce)
          .as("a database failure, told apart from a statement's own")
          .matches(SqlFailures::isConnectionLoss);
    }
    await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> poller.pollOnce() >= 0);

    awaitSale(saleId, 1);
  }

  @Test
  void thereIsNoWebhookEndpointForRSeries() {
    given()
        .contentType("application/x-www-form-urlencoded")
        .body("payload=%7B%7D")
        .post("/v1/webhooks/lightspeed")
        .then()
        .statusCode(404);
  }

  private void awaitSale(String saleId, int lines) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(Sales.find(role, password, "lightspeed-r", saleId))
                    .singleElement()
                    .satisfies(sale -> assertThat(sale.skus()).hasSize(lines)));
  }

  private static FakeVendors vendors() {
    return FakeVendorsResource.vendors();
  }

  private static String saleId() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
  }

  /**
   * A Sale as R-Series API V3 returns it with load_relations ["SaleLines","SaleLines.Item"] (here
   * without its items: a line is then its itemID).
   */
  private static ObjectNode sale(String id, Instant changed, boolean completed, String... items) {
    ObjectNode sale = JSON.createObjectNode();
    sale.put("saleID", id)
        .put("timeStamp", changed.toString().replace("Z", "+00:00"))
        .put("completed", Boolean.toString(completed))
        .put("voided", "false")
        .put("shopID", "1")
        .put("customerID", "0")
        .put("calcTotal", Integer.toString(59 * items.length))
        .put("createTime", "2026-03-01T10:00:00+00:00")
        .put("completeTime", "2026-03-01T10:01:00+00:00");
    var lines = sale.putObject("SaleLines");
    if (items.length == 1) {
      lines
          .putObject("SaleLine")
          .put("itemID", items[0])
          .put("unitQuantity", "1")
          .put("unitPrice", "59");
    } else {
      var array = lines.putArray("SaleLine");
      for (String item : items) {
        array.addObject().put("itemID", item).put("unitQuantity", "1").put("unitPrice", "59");
      }
    }
    sale.put("uuid", UUID.randomUUID().toString());
    return sale;
  }
}
