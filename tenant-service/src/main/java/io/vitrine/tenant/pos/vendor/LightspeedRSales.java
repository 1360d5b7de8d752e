package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.pos.PosProvider;
import io.vitrine.tenant.pos.SaleCompleted;
import io.vitrine.tenant.pos.sale.NormalizedSale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lightspeed Retail R-Series sales ({@code Sale} of {@code GET /API/V3/Account/{id}/Sale.json} with
 * {@code load_relations=["SaleLines","SaleLines.Item"]}) as sales. A line's SKU is its item's
 * ({@link LightspeedRItems#sku}: {@code customSku}, else {@code systemSku}), else its {@code
 * itemID}. Completed, not voided sales count; the version is {@code timeStamp} (last change) in
 * milliseconds; the shop is the POS location; customer "0" means none. R-Series writes a single
 * related object where it would write a one-element list.
 */
public final class LightspeedRSales {

  private LightspeedRSales() {}

  public static Optional<NormalizedSale> normalise(JsonNode sale) {
    if (!"true".equals(VendorJson.text(sale, "completed"))
        || "true".equals(VendorJson.text(sale, "voided"))) {
      return Optional.empty();
    }
    String customer = VendorJson.text(sale, "customerID");
    String occurred =
        Optional.ofNullable(VendorJson.text(sale, "completeTime"))
            .orElse(VendorJson.text(sale, "createTime"));
    return Optional.of(
        new NormalizedSale(
            PosProvider.LIGHTSPEED_R,
            VendorJson.required(sale, "saleID"),
            version(sale),
            VendorJson.text(sale, "shopID"),
            "0".equals(customer) ? null : customer,
            VendorJson.decimal(sale, "calcTotal"),
            null,
            VendorJson.instant(occurred, "createTime"),
            lines(listOf(sale.path("SaleLines").path("SaleLine")))));
  }

  /** The sale's last change, in milliseconds. */
  public static long version(JsonNode sale) {
    return VendorJson.instant(VendorJson.required(sale, "timeStamp"), "timeStamp").toEpochMilli();
  }

  /** A JSON list as R-Series writes it: absent, one object, or an array. */
  static List<JsonNode> listOf(JsonNode node) {
    var items = new ArrayList<JsonNode>();
    if (node.isArray()) {
      node.forEach(items::add);
    } else if (node.isObject()) {
      items.add(node);
    }
    return items;
  }

  private static List<SaleCompleted.Line> lines(List<JsonNode> items) {
    var lines = new ArrayList<SaleCompleted.Line>();
    for (JsonNode item : items) {
      BigDecimal quantity = VendorJson.decimal(item, "unitQuantity");
      BigDecimal price = VendorJson.decimal(item, "unitPrice");
      BigDecimal total =
          item.hasNonNull("calcTotal")
              ? VendorJson.decimal(item, "calcTotal")
              : price.multiply(quantity);
      lines.add(new SaleCompleted.Line(lines.size() + 1, sku(item), quantity, price, total));
    }
    return lines;
  }

  private static String sku(JsonNode line) {
    return LightspeedRItems.sku(line.path("Item")).orElse(VendorJson.text(line, "itemID"));
  }
}
