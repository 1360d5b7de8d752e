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
 * Square orders (the {@code order} of {@code GET /v2/orders/{id}} or of an order search) as sales.
 * Only COMPLETED orders are sales; the version is the order's {@code version}; money is in the
 * currency's minor unit. A line's SKU is its catalog object (item variation) id.
 */
public final class SquareOrders {

  private SquareOrders() {}

  public static Optional<NormalizedSale> normalise(JsonNode order) {
    if (!"COMPLETED".equals(VendorJson.text(order, "state"))) {
      return Optional.empty();
    }
    JsonNode total = order.path("total_money");
    String currency = VendorJson.text(total, "currency");
    String occurred =
        Optional.ofNullable(VendorJson.text(order, "closed_at"))
            .orElse(VendorJson.text(order, "created_at"));
    return Optional.of(
        new NormalizedSale(
            PosProvider.SQUARE,
            VendorJson.required(order, "id"),
            order.path("version").asLong(0),
            VendorJson.text(order, "location_id"),
            VendorJson.text(order, "customer_id"),
            VendorJson.fromMinorUnits(total.path("amount").asLong(0), currency),
            currency,
            VendorJson.instant(occurred, "created_at"),
            lines(order.path("line_items")),
            tags(order.path("line_items"))));
  }

  /** Each line's {@code note} and {@code metadata} entries. */
  private static List<LineTag> tags(JsonNode items) {
    var tags = new ArrayList<LineTag>();
    int lineNumber = 0;
    for (JsonNode item : items) {
      lineNumber++;
      LineTags.note(lineNumber, item, tags);
      LineTags.metadata(lineNumber, item.path("metadata"), tags);
    }
    return tags;
  }

  private static List<SaleCompleted.Line> lines(JsonNode items) {
    var lines = new ArrayList<SaleCompleted.Line>();
    for (JsonNode item : items) {
      JsonNode base = item.path("base_price_money");
      JsonNode total = item.path("total_money");
      String currency = VendorJson.text(base, "currency");
      BigDecimal unitPrice = VendorJson.fromMinorUnits(base.path("amount").asLong(0), currency);
      BigDecimal quantity = VendorJson.decimal(item, "quantity");
      BigDecimal lineTotal =
          total.isMissingNode()
              ? unitPrice.multiply(quantity)
              : VendorJson.fromMinorUnits(total.path("amount").asLong(0), currency);
      lines.add(
          new SaleCompleted.Line(
              lines.size() + 1,
              VendorJson.text(item, "catalog_object_id"),
              quantity,
              unitPrice,
              lineTotal));
    }
    return lines;
  }
}
