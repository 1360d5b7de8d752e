package io.vitrine.tenant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vitrine.tenant.pos.reconcile.StockReconciliationPoller;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.groups.Tuple;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lightspeed Retail R-Series stock comes only from the poll: items changed since the watermark,
 * with their quantity on hand per shop ({@code ItemShops}).
 */
@QuarkusTest
@WithTestResource(
    value = TenantStackResource.class,
    initArgs = @ResourceArg(name = TenantStackResource.POS_PROVIDER, value = "lightspeed-r"))
@WithTestResource(FakeVendorsResource.class)
class LightspeedRStockIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "quarkus.datasource.username")
  String role;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  @Inject StockReconciliationPoller poller;

  @BeforeEach
  void vendorExpectsTheTenantsToken() {
    FakeVendorsResource.vendors()
        .expectToken(ConfigProvider.getConfig().getValue("vitrine.pos.api-token", String.class));
  }

  @Test
  void eachShopsQuantityOnHandIsPolledOnceAndALaterChangeReplacesIt() throws Exception {
    String itemId = Long.toString(ThreadLocalRandom.current().nextLong(1_000, 1_000_000_000L));
    String sku = "AST-SERUM-" + itemId;
    Instant changed = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
    FakeVendorsResource.vendors().stock().item(itemId, item(itemId, sku, changed, 7, 4, 3));

    assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(2);
    assertThat(poller.pollOnce()).isZero();

    assertThat(Inventory.of(role, password, sku))
        .extracting(Inventory.Count::location, Inventory.Count::quantity)
        .containsExactly(Tuple.tuple("1", 4), Tuple.tuple("2", 3));

    FakeVendorsResource.vendors()
        .stock()
        .item(itemId, item(itemId, sku, changed.plusSeconds(30), 6, 1, 3));
    assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(1);

    assertThat(Inventory.of(role, password, sku))
        .extracting(Inventory.Count::location, Inventory.Count::quantity)
        .containsExactly(Tuple.tuple("1", 1), Tuple.tuple("2", 3));
  }

  /** An Item with its ItemShops; shopID 0 is the all-shops total. */
  private static ObjectNode item(
      String id, String sku, Instant changed, int total, int shop1, int shop2) {
    ObjectNode item =
        JSON.createObjectNode()
            .put("itemID", id)
            .put("systemSku", "2100000" + id)
            .put("customSku", sku)
            .put("description", "Serum " + id)
            .put("timeStamp", changed.toString().replace("Z", "+00:00"));
    ArrayNode shops = item.putObject("ItemShops").putArray("ItemShop");
    shops.add(shop("0", total, changed));
    shops.add(shop("1", shop1, changed));
    shops.add(shop("2", shop2, changed));
    return item;
  }

  private static ObjectNode shop(String shopId, int qoh, Instant changed) {
    return JSON.createObjectNode()
        .put("itemShopID", shopId + "0")
        .put("qoh", Integer.toString(qoh))
        .put("shopID", shopId)
        .put("timeStamp", changed.toString().replace("Z", "+00:00"));
  }
}
