package io.vitrine.tenant.pos.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.tenant.pos.PosConfig;
import io.vitrine.tenant.pos.PosProvider;
import io.vitrine.tenant.pos.sale.NormalizedSale;
import io.vitrine.tenant.pos.vendor.CloverApi;
import io.vitrine.tenant.pos.vendor.CloverOrders;
import io.vitrine.tenant.pos.vendor.LightspeedRSales;
import io.vitrine.tenant.pos.vendor.LightspeedXApi;
import io.vitrine.tenant.pos.vendor.LightspeedXSales;
import io.vitrine.tenant.pos.vendor.MalformedVendorDataException;
import io.vitrine.tenant.pos.vendor.SaleSkus;
import io.vitrine.tenant.pos.vendor.ShopifyOrders;
import io.vitrine.tenant.pos.vendor.SquareApi;
import io.vitrine.tenant.pos.vendor.SquareOrders;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Turns one stored event into the sale it describes, fetching it from the vendor's API where the
 * notification carries no line items (Square, Lightspeed X-Series, Clover: fetch-on-notify). Events
 * that describe no sale (other topics, deletions, open orders, Clover's verification code) give
 * none.
 */
@ApplicationScoped
public class EventProcessor {

  private final ObjectMapper json;
  private final SquareApi square;
  private final CloverApi clover;
  private final LightspeedXApi lightspeedX;
  private final SaleSkus skus;
  private final Optional<String> merchantId;

  public EventProcessor(
      ObjectMapper json,
      SquareApi square,
      CloverApi clover,
      LightspeedXApi lightspeedX,
      SaleSkus skus,
      PosConfig pos) {
    this.json = json;
    this.square = square;
    this.clover = clover;
    this.lightspeedX = lightspeedX;
    this.skus = skus;
    this.merchantId = pos.merchantId();
  }

  /** The sale, its lines under the retailer's SKUs ({@link SaleSkus}). */
  public Optional<NormalizedSale> sale(StoredEvent event) {
    return vendorSale(event).map(skus::withRetailerSkus);
  }

  private Optional<NormalizedSale> vendorSale(StoredEvent event) {
    PosProvider provider =
        PosProvider.fromConfigName(event.provider())
            .orElseThrow(() -> new MalformedVendorDataException("unknown provider"));
    String topic = Optional.ofNullable(event.topic()).orElse("");
    boolean polled = StoredEvent.RECONCILE.equals(topic);
    return switch (provider) {
      case SHOPIFY ->
          polled || topic.startsWith("orders/")
              ? ShopifyOrders.normalise(body(event.rawBody()))
              : Optional.empty();
      case SQUARE -> square(topic, polled, body(event.rawBody()));
      case LIGHTSPEED_X -> lightspeedX(topic, polled, event.rawBody());
      case LIGHTSPEED_R ->
          polled ? LightspeedRSales.normalise(body(event.rawBody())) : Optional.empty();
      case CLOVER -> clover(topic, polled, body(event.rawBody()));
    };
  }

  private Optional<NormalizedSale> square(String topic, boolean polled, JsonNode body) {
    if (polled) {
      return SquareOrders.normalise(body);
    }
    if (!topic.startsWith("order.")) {
      return Optional.empty();
    }
    JsonNode data = body.path("data");
    String orderId = data.path("id").asText("");
    if (orderId.isEmpty()) {
      // order.* events name the order in data.object.<type>.order_id as well.
      orderId =
          data.path("object").elements().hasNext()
              ? data.path("object").elements().next().path("order_id").asText("")
              : "";
    }
    if (orderId.isEmpty()) {
      throw new MalformedVendorDataException("the notification names no order");
    }
    return SquareOrders.normalise(square.retrieveOrder(orderId));
  }

  private Optional<NormalizedSale> lightspeedX(String topic, boolean polled, byte[] rawBody) {
    if (polled) {
      return LightspeedXSales.normalise(body(rawBody));
    }
    if (!topic.startsWith("sale.")) {
      return Optional.empty();
    }
    String saleId = body(payload(rawBody)).path("id").asText("");
    if (saleId.isEmpty()) {
      throw new MalformedVendorDataException("the payload names no sale");
    }
    return LightspeedXSales.normalise(lightspeedX.sale(saleId));
  }

  private Optional<NormalizedSale> clover(String topic, boolean polled, JsonNode body) {
    if (polled) {
      return CloverOrders.normalise(
          merchantId.orElseThrow(() -> new MalformedVendorDataException("no merchant id")), body);
    }
    if (!topic.startsWith("order.") || topic.equals("order.delete")) {
      return Optional.empty();
    }
    String merchant = body.path("merchantId").asText("");
    String orderId = body.path("objectId").asText("").replaceFirst("^O:", "");
    if (merchant.isEmpty() || orderId.isEmpty()) {
      throw new MalformedVendorDataException("the notification names no order");
    }
    return CloverOrders.normalise(merchant, clover.order(merchant, orderId));
  }

  private static byte[] payload(byte[] formBody) {
    return EventBodies.formPayload(formBody);
  }

  private JsonNode body(byte[] bytes) {
    return EventBodies.jsonObject(json, bytes);
  }
}
