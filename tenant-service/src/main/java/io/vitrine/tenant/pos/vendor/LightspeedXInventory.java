package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.stock.StockCount;
import java.time.Instant;
import java.util.Optional;

/**
 * Lightspeed Retail X-Series inventory records ({@code data} of {@code GET /api/2.0/inventory} and
 * of {@code GET /api/2.0/products/{id}/inventory}): {@code outlet_id}, {@code product_id}, the
 * level ({@code inventory_level}; later API versions call it {@code current_inventory_level}) and
 * the record's {@code version}, which orders its changes. Records carry no time: a count's time is
 * when it was read. A deleted product's record is no stock.
 */
final class LightspeedXInventory {

  private LightspeedXInventory() {}

  static Optional<ItemCount> count(JsonNode record, Instant readAt) {
    if (VendorJson.text(record, "deleted_at") != null) {
      return Optional.empty();
    }
    String level =
        record.hasNonNull("inventory_level") ? "inventory_level" : "current_inventory_level";
    if (!record.hasNonNull(level)) {
      return Optional.empty();
    }
    return Optional.of(
        new ItemCount(
            VendorJson.required(record, "outlet_id"),
            VendorJson.required(record, "product_id"),
            StockCount.wholeUnits(VendorJson.decimal(record, level)),
            record.path("version").asLong(0),
            readAt));
  }
}
