package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.pos.LineTag;
import io.vitrine.tenant.pos.PosProvider;
import io.vitrine.tenant.pos.SaleCompleted;
import io.vitrine.tenant.pos.sale.NormalizedSale;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Clover orders ({@code GET /v3/merchants/{mId}/orders/{id}?expand=lineItems,customers}) as sales.
 * A Clover merchant is one store, so the merchant id is the POS location. Only paid or locked
 * orders are sales; the version is {@code modifiedTime}; money is in cents; {@code unitQty} is in
 * thousandths (absent means one unit). A line's item reference is its inventory item's id ({@code
 * item.id}), else (a line with no inventory item) its {@code itemCode}; {@link SaleSkus} turns the
 * item into its SKU.
 */
public final class CloverOrders {

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private CloverOrders() {}

  public static Optional<NormalizedSale> normalise(String merchantId, JsonNode order) {
    boolean paid =
        "PAID".equals(VendorJson.text(order, "paymentState"))
            || "locked".equals(VendorJson.text(order, "state"));
    if (!paid) {
      return Optional.empty();
    }
    String currency = VendorJson.text(order, "currency");
    long created = order.path("createdTime").asLong(order.path("clientCreatedTime").asLong(0));
    return Optional.of(
        new NormalizedSale(
            PosProvider.CLOVER,
            VendorJson.required(order, "id"),
            order.path("modifiedTime").asLong(0),
            merchantId,
            VendorJson.text(order.path("customers").path("elements").path(0), "id"),
            VendorJson.fromMinorUnits(order.path("total").asLong(0), currency),
            currency,
            Instant.ofEpochMilli(created),
            lines(order.path("lineItems").path("elements"), currency),
            tags(order.path("lineItems").path("elements"))));
  }

  /** Each line item's {@code note}. */
  private static List<LineTag> tags(JsonNode items) {
    var tags = new ArrayList<LineTag>();
    int lineNumber = 0;
    for (JsonNode item : items) {
      LineTags.note(++lineNumber, item, tags);
    }
    return tags;
  }

  private static List<SaleCompleted.Line> lines(JsonNode items, String currency) {
    var lines = new ArrayList<SaleCompleted.Line>();
    for (JsonNode item : items) {
      BigDecimal unitPrice = VendorJson.fromMinorUnits(item.path("price").asLong(0), currency);
      BigDecimal quantity =
          item.has("unitQty")
              ? BigDecimal.valueOf(item.path("unitQty").asLong()).divide(THOUSAND)
              : BigDecimal.ONE;
      String sku =
          Optional.ofNullable(VendorJson.text(item.path("item"), "id"))
              .filter(value -> !value.isBlank())
              .orElse(VendorJson.text(item, "itemCode"));
      lines.add(
          new SaleCompleted.Line(
              lines.size() + 1, sku, quantity, unitPrice, unitPrice.multiply(quantity)));
    }
    return lines;
  }
}
