package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer of Lightspeed X-Series' Serial Numbers API ({@code GET
 * /api/2.0/serialnumbers?sale_id=}) as the serials sold on each line: {@code data[]} of {@code
 * code, product_id, outlet_id, sale_id, line_item_id}. A serial number not sold on a line (still in
 * stock) is left out.
 */
public final class LightspeedXSerialNumbers {

  /** One serial sold on the sale's line item {@code lineItemId}. */
  public record SoldSerial(String code, String productId, String outletId, String lineItemId) {}

  private LightspeedXSerialNumbers() {}

  public static List<SoldSerial> sold(JsonNode answer, String saleId) {
    var sold = new ArrayList<SoldSerial>();
    for (JsonNode serial : answer.path("data")) {
      String code = VendorJson.text(serial, "code");
      String lineItemId = VendorJson.text(serial, "line_item_id");
      if (code == null || code.isBlank() || lineItemId == null) {
        continue;
      }
      if (!saleId.equals(VendorJson.text(serial, "sale_id"))) {
        continue;
      }
      sold.add(
          new SoldSerial(
              code.trim(),
              VendorJson.text(serial, "product_id"),
              VendorJson.text(serial, "outlet_id"),
              lineItemId));
    }
    return sold;
  }
}
