package io.vitrine.tenant.assets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.tenant.pos.LineTag;
import io.vitrine.tenant.pos.vendor.CloverOrders;
import io.vitrine.tenant.pos.vendor.LightspeedXSales;
import io.vitrine.tenant.pos.vendor.LightspeedXSerialNumbers;
import io.vitrine.tenant.pos.vendor.ShopifyOrders;
import io.vitrine.tenant.pos.vendor.SquareOrders;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Serials found in each POS's sale as its API carries them, by each POS's default rule and by a
 * retailer's own rule.
 */
class SerialCaptureTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shopifyCarriesTheSerialInALineItemProperty() throws Exception {
    var sale =
        ShopifyOrders.normalise(
                JSON.readTree(
                    """
                    {"id":450789469,"source_name":"pos","location_id":655441491,"currency":"EUR",
                     "total_price":"15900.00","created_at":"2026-03-01T10:00:00+01:00",
                     "updated_at":"2026-03-01T10:05:00+01:00","customer":{"id":207119551},
                     "line_items":[
                       {"id":1071823172,"sku":"HR-SUB-41","quantity":1,"price":"9800.00",
                        "properties":[{"name":"Serial number","value":"7T4K2M19"},
                                      {"name":"_engraving","value":"For A."}]},
                       {"id":1071823173,"sku":"HR-DJ-36","quantity":2,"price":"3050.00",
                        "properties":[{"name":"serial number","value":"Q1X88201, Q1X88202"}]},
                       {"id":1071823174,"sku":"STRAP-01","quantity":1,"price":"0.00",
                        "properties":[]}]}
                    """))
            .orElseThrow();

    var serials = serialsByLine(SerialRule.defaultFor("shopify"), sale.tags(), List.of());

    assertThat(serials)
        .containsEntry(1, List.of("7T4K2M19"))
        .containsEntry(2, List.of("Q1X88201", "Q1X88202"))
        .doesNotContainKey(3);
  }

  @Test
  void squareCarriesItInTheNoteOrInLineItemMetadata() throws Exception {
    var sale =
        SquareOrders.normalise(
                JSON.readTree(
                    """
                    {"id":"CAISENgvlJ6jLWAzERDzjyHVybY","location_id":"L1","customer_id":"C1",
                     "state":"COMPLETED","version":4,"created_at":"2026-03-01T10:00:00Z",
                     "total_money":{"amount":980000,"currency":"EUR"},
                     "line_items":[
                       {"uid":"8YX2","catalog_object_id":"VAR-SUB41","quantity":"1",
                        "note":"Serial: 83L4921 - gift wrapped",
                        "metadata":{"serial_number":"83L4921-M"},
                        "base_price_money":{"amount":980000,"currency":"EUR"}},
                       {"uid":"8YX3","catalog_object_id":"VAR-CLOTH","quantity":"1",
                        "note":"gift wrap please",
                        "base_price_money":{"amount":0,"currency":"EUR"}}]}
                    """))
            .orElseThrow();

    assertThat(serialsByLine(SerialRule.defaultFor("square"), sale.tags(), List.of()))
        .containsEntry(1, List.of("83L4921"))
        .containsEntry(2, List.of());
    var byMetadata = new SerialRule(SerialRule.Source.ATTRIBUTE, "Serial_Number", null);
    assertThat(serialsByLine(byMetadata, sale.tags(), List.of()))
        .containsEntry(1, List.of("83L4921-M"));
  }

  @Test
  void cloverCarriesItInTheLineItemNote() throws Exception {
    var sale =
        CloverOrders.normalise(
                "MERCHANT1",
                JSON.readTree(
                    """
                    {"id":"ORD1","currency":"USD","total":450000,"state":"locked",
                     "paymentState":"PAID","createdTime":1772359200000,"modifiedTime":1772359260000,
                     "lineItems":{"elements":[
                       {"id":"LI1","price":450000,"itemCode":"HR-OP-39","note":"S/N 5K7741"}]}}
                    """))
            .orElseThrow();

    assertThat(serialsByLine(SerialRule.defaultFor("clover"), sale.tags(), List.of()))
        .containsEntry(1, List.of("5K7741"));
    var wholeNote = new SerialRule(SerialRule.Source.NOTE, null, Pattern.compile("S/N (\\w+)"));
    assertThat(serialsByLine(wholeNote, sale.tags(), List.of()))
        .containsEntry(1, List.of("5K7741"));
  }

  @Test
  void lightspeedXNamesTheLineItemOfEachSerialInItsSerialNumbersApi() throws Exception {
    var sale =
        LightspeedXSales.normalise(
                JSON.readTree(
                    """
                    {"id":"0adfd74a-4f6b-11ec-f0a7-6e0d7ff2a9a1","outlet_id":"0adfd74a-outlet",
                     "customer_id":"C1","status":"CLOSED","version":77,
                     "sale_date":"2026-03-01T10:00:00+00:00","total_price":12000,"total_tax":0,
                     "line_items":[
                       {"id":"b8ca3a65-0183-11e4-fbb5-7bd1d6a50d33","product_id":"P-SUB41",
                        "quantity":1,"price":9800,"price_total":9800},
                       {"id":"b8ca3a65-0183-11e4-fbb5-7bd1d6a50d34","product_id":"P-OP39",
                        "quantity":1,"price":2200,"price_total":2200}]}
                    """))
            .orElseThrow();
    var answer =
        JSON.readTree(
            """
            {"data":[
              {"id":"1","code":"LX-99120","product_id":"P-SUB41","outlet_id":"0adfd74a-outlet",
               "sale_id":"0adfd74a-4f6b-11ec-f0a7-6e0d7ff2a9a1",
               "line_item_id":"b8ca3a65-0183-11e4-fbb5-7bd1d6a50d33","version":311},
              {"id":"2","code":"LX-77001","product_id":"P-OP39","outlet_id":"0adfd74a-outlet",
               "sale_id":null,"line_item_id":null,"version":312}],
             "version":{"min":311,"max":312}}
            """);
    var sold = LightspeedXSerialNumbers.sold(answer, "0adfd74a-4f6b-11ec-f0a7-6e0d7ff2a9a1");

    var serials = serialsByLine(SerialRule.defaultFor("lightspeed-x"), sale.tags(), sold);

    assertThat(sold).hasSize(1);
    assertThat(serials).containsEntry(1, List.of("LX-99120")).doesNotContainKey(2);
  }

  @Test
  void aNoteWithoutASerialMarkerGivesNoSerialByDefault() {
    var tags = List.of(new LineTag(1, LineTag.Source.NOTE, "", "Customer collects Friday"));
    assertThat(serialsByLine(SerialRule.defaultFor("square"), tags, List.of()))
        .containsEntry(1, List.of());
  }

  private static Map<Integer, List<String>> serialsByLine(
      SerialRule rule, List<LineTag> tags, List<LightspeedXSerialNumbers.SoldSerial> vendor) {
    return SerialCaptureService.serialsByLine(rule, tags, vendor);
  }
}
