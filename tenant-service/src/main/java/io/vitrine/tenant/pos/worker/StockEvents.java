package io.vitrine.tenant.pos.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.tenant.pos.PosProvider;
import io.vitrine.tenant.pos.vendor.CloverStockApi;
import io.vitrine.tenant.pos.vendor.LightspeedXStockApi;
import io.vitrine.tenant.pos.vendor.MalformedVendorDataException;
import io.vitrine.tenant.pos.vendor.ShopifyStockApi;
import io.vitrine.tenant.pos.vendor.SquareStockApi;
import io.vitrine.tenant.pos.vendor.VendorCounts;
import io.vitrine.tenant.stock.StockMetrics;
import io.vitrine.tenant.stock.StockService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Turns a stored stock notification into counts and applies them newest-wins: Shopify's {@code
 * inventory_levels/update} and Square's {@code inventory.count.updated} carry the count (only the
 * item's SKU is looked up); Lightspeed X-Series' {@code inventory.update} and Clover's item
 * notifications name the item, whose counts are then read from the vendor's API.
 */
@ApplicationScoped
public class StockEvents {

  private final ObjectMapper json;
  private final ShopifyStockApi shopify;
  private final SquareStockApi square;
  private final LightspeedXStockApi lightspeedX;
  private final CloverStockApi clover;
  private final StockService stock;
  private final StockMetrics metrics;

  public StockEvents(
      ObjectMapper json,
      ShopifyStockApi shopify,
      SquareStockApi square,
      LightspeedXStockApi lightspeedX,
      CloverStockApi clover,
      StockService stock,
      StockMetrics metrics) {
    this.json = json;
    this.shopify = shopify;
    this.square = square;
    this.lightspeedX = lightspeedX;
    this.clover = clover;
    this.stock = stock;
    this.metrics = metrics;
  }

  /** Whether the event is a stock notification (rather than a sale's or another topic's). */
  public static boolean isStock(StoredEvent event) {
    String topic = Optional.ofNullable(event.topic()).orElse("");
    return PosProvider.fromConfigName(event.provider())
        .map(
            provider ->
                switch (provider) {
                  case SHOPIFY -> topic.equals("inventory_levels/update");
                  case SQUARE -> topic.equals("inventory.count.updated");
                  case LIGHTSPEED_X -> topic.equals("inventory.update");
                  case CLOVER -> topic.startsWith("item.") || topic.startsWith("item_stock.");
                  case LIGHTSPEED_R -> false;
                })
        .orElse(false);
  }

  /**
   * Applies the event's counts.
   *
   * @return the outcome for the meters: applied, unchanged (nothing newer) or skipped (no count)
   */
  public String apply(StoredEvent event) {
    VendorCounts counts = counts(event);
    if (counts.unmapped() > 0) {
      metrics.unmapped(event.provider(), counts.unmapped());
    }
    if (counts.counts().isEmpty()) {
      return "skipped";
    }
    int applied = stock.applyFromPos(counts.counts()).await().indefinitely();
    return applied > 0 ? "applied" : "unchanged";
  }

  private VendorCounts counts(StoredEvent event) {
    PosProvider provider =
        PosProvider.fromConfigName(event.provider())
            .orElseThrow(() -> new MalformedVendorDataException("unknown provider"));
    return switch (provider) {
      case SHOPIFY -> shopify.fromWebhook(body(event.rawBody()));
      case SQUARE -> square.fromNotification(body(event.rawBody()));
      case LIGHTSPEED_X -> lightspeedX.fromWebhook(body(EventBodies.formPayload(event.rawBody())));
      case CLOVER -> cloverItem(body(event.rawBody()));
      case LIGHTSPEED_R -> VendorCounts.none();
    };
  }

  /** Clover's notification names {@code I:<item id>} or {@code IS:<item id>}. */
  private VendorCounts cloverItem(JsonNode notification) {
    String merchant = notification.path("merchantId").asText("");
    String itemId = notification.path("objectId").asText("").replaceFirst("^IS?:", "");
    if (merchant.isEmpty() || itemId.isEmpty()) {
      throw new MalformedVendorDataException("the notification names no item");
    }
    if (notification.path("type").asText("").equals("DELETE")) {
      return VendorCounts.none();
    }
    return clover.item(merchant, itemId);
  }

  private JsonNode body(byte[] bytes) {
    return EventBodies.jsonObject(json, bytes);
  }
}
