package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.stock.StockCount;
import java.time.Instant;
import java.util.Optional;

/**
 * Shopify inventory levels, as the {@code inventory_levels/update} webhook carries one and {@code
 * GET /admin/api/{version}/inventory_levels.json} lists them: {@code inventory_item_id}, {@code
 * location_id}, {@code available} (null when the item's inventory is not tracked: no count) and
 * {@code updated_at}, which is the count's version.
 */
final class ShopifyLevels {

  private ShopifyLevels() {}

  static Optional<ItemCount> count(JsonNode level) {
    JsonNode available = level.path("available");
    if (available.isNull() || available.isMissingNode()) {
      return Optional.empty();
    }
    Instant updated = VendorJson.instant(VendorJson.text(level, "updated_at"), "updated_at");
    return Optional.of(
        new ItemCount(
            VendorJson.required(level, "location_id"),
            VendorJson.required(level, "inventory_item_id"),
            StockCount.wholeUnits(VendorJson.decimal(level, "available")),
            updated.toEpochMilli(),
            updated));
  }
}
