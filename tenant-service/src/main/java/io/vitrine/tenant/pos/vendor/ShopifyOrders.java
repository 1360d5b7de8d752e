package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.pos.LineTag;
import io.vitrine.tenant.pos.PosProvider;
import io.vitrine.tenant.pos.SaleCompleted;
import io.vitrine.tenant.pos.sale.NormalizedSale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shopify orders (the body of {@code orders/create} and {@code orders/updated}, or an order from
 * the Admin REST API) as sales. Only point-of-sale orders ({@code source_name} "pos") that are not
 * cancelled are sales here; the version is {@code updated_at} in milliseconds.
 */
public final class ShopifyOrders {

  private ShopifyOrders() {}

  public static Optional<NormalizedSale> normalise(JsonNode order) {
    if (!"pos".equals(VendorJson.text(order, "source_name"))
        || VendorJson.text(order, "cancelled_at") != null) {
      return Optional.empty();
    }
    String currency = VendorJson.text(order, "currency");
    String occurred =
        Optional.ofNullable(VendorJson.text(order, "processed_at"))
            .orElse(VendorJson.text(order, "created_at"));
    return Optional.of(
        new NormalizedSale(
            PosProvider.SHOPIFY,
            VendorJson.required(order, "id"),
            VendorJson.instant(VendorJson.required(order, "updated_at"), "updated_at")
                .toEpochMilli(),
            VendorJson.text(order, "location_id"),
            VendorJson.text(order.path("customer"), "id"),
            VendorJson.decimal(order, "total_price"),
            currency,
            VendorJson.instant(occurred, "created_at"),
            lines(order.path("line_items")),
            tags(order.path("line_items"))));
  }

  /** Each line's {@code properties}, where a Shopify POS app writes what the associate typed. */
  private static List<LineTag> tags(JsonNode items) {
    var tags = new ArrayList<LineTag>();
    int lineNumber = 0;
    for (JsonNode item : items) {
      LineTags.properties(++lineNumber, item.path("properties"), tags);
    }
    return tags;
  }

  private static List<SaleCompleted.Line> lines(JsonNode items) {
    var lines = new ArrayList<SaleCompleted.Line>();
    for (JsonNode item : items) {
      BigDecimal quantity = VendorJson.decimal(item, "quantity");
      BigDecimal price = VendorJson.decimal(item, "price");
      String sku =
          Optional.ofNullable(VendorJson.text(item, "sku"))
              .filter(value -> !value.isBlank())
              .orElse(VendorJson.text(item, "variant_id"));
      lines.add(
          new SaleCompleted.Line(lines.size() + 1, sku, quantity, price, price.multiply(quantity)));
    }
    return lines;
  }
}
