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
import java.util.Set;

/**
 * Lightspeed Retail X-Series sales ({@code data} of {@code GET /api/2.0/sales/{id}} or of the sales
 * list) as sales. Closed and on-account sales count; saved, layby and voided ones do not. The
 * version is the sale's {@code version}; the outlet is the POS location; prices are decimals (the
 * total is {@code total_price + total_tax}) and carry no currency (the store's own). A line's SKU
 * is its product id.
 */
public final class LightspeedXSales {

  private static final Set<String> COMPLETED =
      Set.of("CLOSED", "ONACCOUNT_CLOSED", "LAYBY_CLOSED", "ONACCOUNT");

  private LightspeedXSales() {}

  public static Optional<NormalizedSale> normalise(JsonNode sale) {
    if (!COMPLETED.contains(VendorJson.text(sale, "status"))) {
      return Optional.empty();
    }
    BigDecimal total =
        VendorJson.decimal(sale, "total_price").add(VendorJson.decimal(sale, "total_tax"));
    return Optional.of(
        new NormalizedSale(
            PosProvider.LIGHTSPEED_X,
            VendorJson.required(sale, "id"),
            sale.path("version").asLong(0),
            VendorJson.text(sale, "outlet_id"),
            VendorJson.text(sale, "customer_id"),
            total,
            null,
            VendorJson.instant(VendorJson.text(sale, "sale_date"), "sale_date"),
            lines(sale.path("line_items")),
            tags(sale.path("line_items"))));
  }

  /** Each line item's id: the Serial Numbers API names the line a serial was sold on by it. */
  private static List<LineTag> tags(JsonNode items) {
    var tags = new ArrayList<LineTag>();
    int lineNumber = 0;
    for (JsonNode item : items) {
      LineTags.lineItemId(++lineNumber, item, tags);
    }
    return tags;
  }

  private static List<SaleCompleted.Line> lines(JsonNode items) {
    var lines = new ArrayList<SaleCompleted.Line>();
    for (JsonNode item : items) {
      BigDecimal quantity = VendorJson.decimal(item, "quantity");
      BigDecimal price = VendorJson.decimal(item, "price");
      BigDecimal lineTotal =
          item.hasNonNull("price_total")
              ? VendorJson.decimal(item, "price_total")
              : price.multiply(quantity);
      lines.add(
          new SaleCompleted.Line(
              lines.size() + 1, VendorJson.text(item, "product_id"), quantity, price, lineTotal));
    }
    return lines;
  }

  /** The sale id and version a webhook's {@code payload} names, as its dedup key. */
  public static String dedupKey(JsonNode payload) {
    return "sale:" + VendorJson.required(payload, "id") + ":" + payload.path("version").asLong(0);
  }
}
