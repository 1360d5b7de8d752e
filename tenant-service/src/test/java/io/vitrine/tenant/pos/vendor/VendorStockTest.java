package io.vitrine.tenant.pos.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.tenant.pos.PosProvider;
import io.vitrine.tenant.stock.StockCount;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The vendors' stock shapes, as their documentation shows them, as counts. */
class VendorStockTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant READ_AT = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void aShopifyInventoryLevelIsVersionedByUpdatedAtAndAnUntrackedOneIsNoCount() throws Exception {
    JsonNode level =
        JSON.readTree(
            """
            {"inventory_item_id":271878346596884015,"location_id":24826418,"available":6,
             "updated_at":"2026-03-01T10:00:00-05:00",
             "admin_graphql_api_id":"gid://shopify/InventoryLevel/24826418?inventory_item_id=271878346596884015"}
            """);

    ItemCount count = ShopifyLevels.count(level).orElseThrow();

    Instant updated = Instant.parse("2026-03-01T15:00:00Z");
    assertThat(count)
        .isEqualTo(
            new ItemCount("24826418", "271878346596884015", 6, updated.toEpochMilli(), updated));
    assertThat(
            ShopifyLevels.count(
                JSON.readTree(
                    "{\"inventory_item_id\":1,\"location_id\":2,\"available\":null,"
                        + "\"updated_at\":\"2026-03-01T10:00:00Z\"}")))
        .isEmpty();
  }

  @Test
  void aSquareNotificationCountsOnlyTheInStockStateInWholeUnits() throws Exception {
    JsonNode notification =
        JSON.readTree(
            """
            {"merchant_id":"6SSW7HV8K2ST5","type":"inventory.count.updated",
             "event_id":"df5f3813-a913-45a1-94e9-fdc3f7d5e3b6",
             "created_at":"2019-10-29T18:38:45.455006797Z",
             "data":{"type":"inventory","id":"84e4ac73-d605-4dbd-a9e5-ffff794ddb9d",
               "object":{"inventory_counts":[
                 {"calculated_at":"2019-10-29T18:38:45.10296Z",
                  "catalog_object_id":"FGQ5JJWT2PYTHF35CKZ2DSKP","catalog_object_type":"ITEM_VARIATION",
                  "location_id":"YYQR03DGCTXA4","quantity":"10.5","state":"IN_STOCK"},
                 {"calculated_at":"2019-10-29T18:38:45.10296Z",
                  "catalog_object_id":"FGQ5JJWT2PYTHF35CKZ2DSKP","catalog_object_type":"ITEM_VARIATION",
                  "location_id":"YYQR03DGCTXA4","quantity":"1","state":"SOLD"}]}}}
            """);

    List<ItemCount> counts = SquareCounts.ofNotification(notification);

    Instant calculated = Instant.parse("2019-10-29T18:38:45.10296Z");
    assertThat(counts)
        .containsExactly(
            new ItemCount(
                "YYQR03DGCTXA4",
                "FGQ5JJWT2PYTHF35CKZ2DSKP",
                10,
                calculated.toEpochMilli(),
                calculated));
    assertThatThrownBy(() -> SquareCounts.ofNotification(JSON.readTree("{\"data\":{}}")))
        .isInstanceOf(MalformedVendorDataException.class);
  }

  @Test
  void aLightspeedXRecordIsVersionedByItsVersionAndTimedByItsReading() throws Exception {
    JsonNode record =
        JSON.readTree(
            """
            {"id":"7896f269-2b20-ff38-602a-ace60b172b12","outlet_id":"b8ca3a65-0183-11e4-fbb5-2816d2677218",
             "product_id":"a0369f1f-9083-11e4-f68e-d26298afef03","inventory_level":10,
             "current_amount":10,"reorder_point":5,"version":1639940}
            """);

    assertThat(LightspeedXInventory.count(record, READ_AT))
        .contains(
            new ItemCount(
                "b8ca3a65-0183-11e4-fbb5-2816d2677218",
                "a0369f1f-9083-11e4-f68e-d26298afef03",
                10,
                1639940,
                READ_AT));
    assertThat(
            LightspeedXInventory.count(
                JSON.readTree(
                    "{\"outlet_id\":\"o\",\"product_id\":\"p\",\"current_inventory_level\":6,"
                        + "\"version\":3}"),
                READ_AT))
        .map(ItemCount::quantity)
        .contains(6);
    assertThat(
            LightspeedXInventory.count(
                JSON.readTree(
                    "{\"outlet_id\":\"o\",\"product_id\":\"p\",\"inventory_level\":6,"
                        + "\"version\":3,\"deleted_at\":\"2026-01-01T00:00:00Z\"}"),
                READ_AT))
        .isEmpty();
  }

  @Test
  void aCloverItemsStockIsItsMerchantsCountAndItsSkuElseItsCode() throws Exception {
    JsonNode item =
        JSON.readTree(
            """
            {"id":"3Z29BX6C013XC","name":"Serum","sku":"AST-SERUM-30","code":"3760001",
             "itemStock":{"item":{"id":"3Z29BX6C013XC"},"stockCount":161,"quantity":160.5}}
            """);

    assertThat(CloverItems.count("MERCHANT1", item, READ_AT))
        .contains(
            new ItemCount("MERCHANT1", "3Z29BX6C013XC", 160, READ_AT.toEpochMilli(), READ_AT));
    assertThat(CloverItems.sku(item)).contains("AST-SERUM-30");
    assertThat(CloverItems.sku(JSON.readTree("{\"id\":\"I\",\"code\":\"3760001\"}")))
        .contains("3760001");
    assertThat(CloverItems.count("M", JSON.readTree("{\"id\":\"UNTRACKED\"}"), READ_AT)).isEmpty();
  }

  @Test
  void aLightspeedRItemCountsEachShopButTheAllShopsTotal() throws Exception {
    JsonNode item =
        JSON.readTree(
            """
            {"itemID":"1201","systemSku":"210000001201","customSku":"AST-SERUM-30",
             "timeStamp":"2026-03-01T10:00:00+00:00",
             "ItemShops":{"ItemShop":[
               {"itemShopID":"1","qoh":"7","shopID":"0","timeStamp":"2026-03-01T10:00:00+00:00"},
               {"itemShopID":"2","qoh":"4","shopID":"1","timeStamp":"2026-03-01T09:30:00+00:00"},
               {"itemShopID":"3","qoh":"3","shopID":"2"}]}}
            """);

    Instant shop1 = Instant.parse("2026-03-01T09:30:00Z");
    Instant changed = Instant.parse("2026-03-01T10:00:00Z");
    assertThat(LightspeedRItems.counts(item))
        .containsExactly(
            new ItemCount("1", "1201", 4, shop1.toEpochMilli(), shop1),
            new ItemCount("2", "1201", 3, changed.toEpochMilli(), changed));
    assertThat(LightspeedRItems.sku(item)).contains("AST-SERUM-30");
    assertThat(LightspeedRItems.sku(JSON.readTree("{\"systemSku\":\"210000001201\"}")))
        .contains("210000001201");
  }

  @Test
  void countsOfItemsWithoutASkuAreLeftOutAndCounted() {
    var withSku = new ItemCount("L1", "ITEM-1", 2, 5, READ_AT);
    var without = new ItemCount("L1", "ITEM-2", 3, 9, READ_AT);

    VendorCounts counts =
        VendorCounts.bySku(
            PosProvider.SQUARE,
            List.of(withSku, without),
            Map.of("ITEM-1", Optional.of("AST-SERUM-30"), "ITEM-2", Optional.empty()));

    assertThat(counts.counts())
        .containsExactly(new StockCount("square", "L1", "AST-SERUM-30", 2, 5, READ_AT));
    assertThat(counts.unmapped()).isEqualTo(1);
    assertThat(counts.position()).isEqualTo(9);
  }
}
