package io.vitrine.tenant.pos.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.tenant.pos.SaleCompleted;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The vendors' order shapes, as their APIs document them, normalised into sales. */
class VendorOrdersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shopifyPosOrdersAreSalesVersionedByUpdatedAtAndOnlineOnesAreNot() throws Exception {
    JsonNode order =
        JSON.readTree(
            """
            {"id":450789469,"source_name":"pos","location_id":655441491,"currency":"EUR",
             "total_price":"118.00","created_at":"2026-03-01T10:00:00+01:00",
             "updated_at":"2026-03-01T10:05:00+01:00","customer":{"id":207119551},
             "line_items":[{"sku":"AST-SERUM-30","quantity":2,"price":"59.00"},
                           {"sku":"","variant_id":39072856,"quantity":1,"price":"0.00"}]}
            """);

    var sale = ShopifyOrders.normalise(order).orElseThrow();

    assertThat(sale.posSaleId()).isEqualTo("450789469");
    assertThat(sale.posVersion()).isEqualTo(Instant.parse("2026-03-01T09:05:00Z").toEpochMilli());
    assertThat(sale.locationId()).isEqualTo("655441491");
    assertThat(sale.customerRef()).isEqualTo("207119551");
    assertThat(sale.lines())
        .extracting(SaleCompleted.Line::sku)
        .containsExactly("AST-SERUM-30", "39072856");
    assertThat(sale.lines().get(0).total()).isEqualByComparingTo("118.00");
    assertThat(ShopifyOrders.normalise(JSON.readTree("{\"id\":1,\"source_name\":\"web\"}")))
        .isEmpty();
  }

  @Test
  void squareMoneyIsInTheCurrencysMinorUnitAndOnlyCompletedOrdersCount() throws Exception {
    JsonNode order =
        JSON.readTree(
            """
            {"id":"CAISENgvlJ6jLWAzERDzjyHVybY","location_id":"L1","customer_id":"C1",
             "state":"COMPLETED","version":4,"created_at":"2026-03-01T10:00:00Z",
             "total_money":{"amount":11800,"currency":"EUR"},
             "line_items":[{"catalog_object_id":"VAR1","quantity":"2",
                            "base_price_money":{"amount":5900,"currency":"EUR"},
                            "total_money":{"amount":11800,"currency":"EUR"}}]}
            """);

    var sale = SquareOrders.normalise(order).orElseThrow();

    assertThat(sale.posVersion()).isEqualTo(4);
    assertThat(sale.total()).isEqualByComparingTo("118.00");
    assertThat(sale.lines().get(0).unitPrice()).isEqualByComparingTo("59.00");
    assertThat(VendorJson.fromMinorUnits(1000, "JPY")).isEqualByComparingTo("1000");
    assertThat(SquareOrders.normalise(JSON.readTree("{\"id\":\"X\",\"state\":\"OPEN\"}")))
        .isEmpty();
  }

  @Test
  void cloverQuantitiesAreInThousandthsAndTheMerchantIsTheStore() throws Exception {
    JsonNode order =
        JSON.readTree(
            """
            {"id":"ORD1","currency":"USD","total":8850,"state":"locked","paymentState":"PAID",
             "createdTime":1772359200000,"modifiedTime":1772359260000,
             "customers":{"elements":[{"id":"CUST1"}]},
             "lineItems":{"elements":[{"id":"LI1","price":5900,"itemCode":"SERUM"},
                                      {"id":"LI2","price":5900,"unitQty":500,"item":{"id":"ITEM2"}}]}}
            """);

    var sale = CloverOrders.normalise("MERCHANT1", order).orElseThrow();

    assertThat(sale.locationId()).isEqualTo("MERCHANT1");
    assertThat(sale.posVersion()).isEqualTo(1772359260000L);
    assertThat(sale.total()).isEqualByComparingTo("88.50");
    assertThat(sale.lines()).extracting(SaleCompleted.Line::sku).containsExactly("SERUM", "ITEM2");
    assertThat(sale.lines().get(1).total()).isEqualByComparingTo("29.50");
  }

  @Test
  void lightspeedSalesCountWhenClosedAndRSeriesWritesOneLineAsAnObject() throws Exception {
    JsonNode x =
        JSON.readTree(
            """
            {"id":"0adfd74a","outlet_id":"OUT1","customer_id":"C1","status":"CLOSED","version":77,
             "sale_date":"2026-03-01T10:00:00+00:00","total_price":100,"total_tax":20,
             "line_items":[{"product_id":"P1","quantity":2,"price":50,"price_total":100}]}
            """);
    JsonNode r =
        JSON.readTree(
            """
            {"saleID":"42","timeStamp":"2026-03-01T10:05:00+00:00","completed":"true",
             "voided":"false","shopID":"1","customerID":"0","calcTotal":"59.00",
             "createTime":"2026-03-01T10:00:00+00:00",
             "SaleLines":{"SaleLine":{"itemID":"7","unitQuantity":"1","unitPrice":"59.00"}}}
            """);

    var xSale = LightspeedXSales.normalise(x).orElseThrow();
    var rSale = LightspeedRSales.normalise(r).orElseThrow();

    assertThat(xSale.total()).isEqualByComparingTo("120");
    assertThat(xSale.posVersion()).isEqualTo(77);
    assertThat(LightspeedXSales.dedupKey(x)).isEqualTo("sale:0adfd74a:77");
    assertThat(rSale.customerRef()).isNull();
    assertThat(rSale.lines())
        .singleElement()
        .satisfies(line -> assertThat(line.sku()).isEqualTo("7"));
    assertThat(LightspeedXSales.normalise(JSON.readTree("{\"id\":\"1\",\"status\":\"SAVED\"}")))
        .isEmpty();
  }

  @Test
  void anRSeriesLineIsItsItemsCustomSkuElseItsSystemSkuElseItsItemId() throws Exception {
    JsonNode r =
        JSON.readTree(
            """
            {"saleID":"43","timeStamp":"2026-03-01T10:05:00+00:00","completed":"true",
             "voided":"false","shopID":"1","customerID":"0","calcTotal":"177.00",
             "createTime":"2026-03-01T10:00:00+00:00",
             "SaleLines":{"SaleLine":[
               {"itemID":"7","unitQuantity":"1","unitPrice":"59.00",
                "Item":{"itemID":"7","systemSku":"210000000007","customSku":"SKU-SERUM-30"}},
               {"itemID":"8","unitQuantity":"1","unitPrice":"59.00",
                "Item":{"itemID":"8","systemSku":"210000000008","customSku":""}},
               {"itemID":"9","unitQuantity":"1","unitPrice":"59.00"}]}}
            """);

    var sale = LightspeedRSales.normalise(r).orElseThrow();

    assertThat(sale.lines())
        .extracting(SaleCompleted.Line::sku)
        .containsExactly("SKU-SERUM-30", "210000000008", "9");
  }

  @Test
  void aSaleWithoutItsIdIsMalformed() throws Exception {
    assertThatThrownBy(
            () ->
                ShopifyOrders.normalise(
                    JSON.readTree(
                        "{\"source_name\":\"pos\",\"updated_at\":\"2026-03-01T10:00:00Z\"}")))
        .isInstanceOf(MalformedVendorDataException.class);
  }
}
