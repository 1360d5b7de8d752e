package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.stock.StockCount;
import java.time.Instant;
import java.util.Optional;

/**
 * Clover items with their stock ({@code GET /v3/merchants/{mId}/items/{itemId}?expand=itemStock},
 * or each element of the items list): the merchant is the store; {@code itemStock.quantity} (a
 * decimal; the deprecated {@code stockCount} rounds it) is the count, absent when the item's stock
 * is not tracked; the SKU is the item's {@code sku}, else its {@code code}. Clover's item stock
 * carries no time: a count's time and version are when it was read.
 */
final class CloverItems {

  private CloverItems() {}

  static Optional<ItemCount> count(String merchantId, JsonNode item, Instant readAt) {
    JsonNode stock = item.path("itemStock");
    String quantity = stock.hasNonNull("quantity") ? "quantity" : "stockCount";
    if (!stock.hasNonNull(quantity)) {
      return Optional.empty();
    }
    return Optional.of(
        new ItemCount(
            merchantId,
            VendorJson.required(item, "id"),
            StockCount.wholeUnits(VendorJson.decimal(stock, quantity)),
            readAt.toEpochMilli(),
            readAt));
  }

  static Optional<String> sku(JsonNode item) {
    return Optional.ofNullable(VendorJson.text(item, "sku"))
        .filter(sku -> !sku.isBlank())
        .or(
            () ->
                Optional.ofNullable(VendorJson.text(item, "code")).filter(code -> !code.isBlank()));
  }
}
