package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.stock.StockCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Square {@code InventoryCount}s, as the {@code inventory.count.updated} notification carries them
 * ({@code data.object.inventory_counts}, up to 100) and {@code POST
 * /v2/inventory/counts/batch-retrieve} lists them: only the {@code IN_STOCK} state is stock to sell
 * (a state change also brings the count of the state it left, e.g. {@code SOLD}); {@code quantity}
 * is a decimal string; {@code calculated_at}, when Square received the latest change, is the
 * count's version. The item is the catalog object (item variation) id.
 */
final class SquareCounts {

  private static final String IN_STOCK = "IN_STOCK";

  private SquareCounts() {}

  static List<ItemCount> inStock(JsonNode counts) {
    var found = new ArrayList<ItemCount>();
    for (JsonNode count : counts) {
      if (!IN_STOCK.equals(VendorJson.text(count, "state"))) {
        continue;
      }
      Instant calculated =
          VendorJson.instant(VendorJson.text(count, "calculated_at"), "calculated_at");
      found.add(
          new ItemCount(
              VendorJson.required(count, "location_id"),
              VendorJson.required(count, "catalog_object_id"),
              StockCount.wholeUnits(VendorJson.decimal(count, "quantity")),
              calculated.toEpochMilli(),
              calculated));
    }
    return found;
  }

  /** The counts of an {@code inventory.count.updated} notification. */
  static List<ItemCount> ofNotification(JsonNode notification) {
    JsonNode counts = notification.path("data").path("object").path("inventory_counts");
    if (!counts.isArray()) {
      throw new MalformedVendorDataException("the notification carries no inventory_counts");
    }
    return inStock(counts);
  }
}
