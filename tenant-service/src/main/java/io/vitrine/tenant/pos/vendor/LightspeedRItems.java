package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.stock.StockCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lightspeed Retail R-Series items with their stock ({@code Item} of {@code GET
 * /API/V3/Account/{id}/Item.json} with {@code load_relations=["ItemShops"]}): one {@code ItemShop}
 * per shop, whose {@code qoh} is the quantity on hand; {@code shopID} 0 is the all-shops total, not
 * a store. A count's version is its ItemShop's {@code timeStamp} (else the item's). The SKU is the
 * retailer's {@code customSku}, else Lightspeed's {@code systemSku}.
 */
final class LightspeedRItems {

  private LightspeedRItems() {}

  static List<ItemCount> counts(JsonNode item) {
    var counts = new ArrayList<ItemCount>();
    String itemId = VendorJson.required(item, "itemID");
    for (JsonNode shop : LightspeedRSales.listOf(item.path("ItemShops").path("ItemShop"))) {
      String shopId = VendorJson.text(shop, "shopID");
      if (shopId == null || "0".equals(shopId) || !shop.hasNonNull("qoh")) {
        continue;
      }
      Instant changed = changed(shop, item);
      counts.add(
          new ItemCount(
              shopId,
              itemId,
              StockCount.wholeUnits(VendorJson.decimal(shop, "qoh")),
              changed.toEpochMilli(),
              changed));
    }
    return counts;
  }

  static Optional<String> sku(JsonNode item) {
    return Optional.ofNullable(VendorJson.text(item, "customSku"))
        .filter(sku -> !sku.isBlank())
        .or(
            () ->
                Optional.ofNullable(VendorJson.text(item, "systemSku"))
                    .filter(sku -> !sku.isBlank()));
  }

  /** The item's last change, in milliseconds. */
  static long version(JsonNode item) {
    return VendorJson.instant(VendorJson.text(item, "timeStamp"), "timeStamp").toEpochMilli();
  }

  private static Instant changed(JsonNode shop, JsonNode item) {
    String stamp =
        Optional.ofNullable(VendorJson.text(shop, "timeStamp"))
            .orElse(VendorJson.text(item, "timeStamp"));
    return VendorJson.instant(stamp, "timeStamp");
  }
}
