package io.vitrine.tenant.pos.vendor;

import io.vitrine.tenant.pos.SaleCompleted;
import io.vitrine.tenant.pos.sale.NormalizedSale;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts the retailer's SKUs on a sale's lines where the vendor's sale names its catalog item
 * instead: a Square line's item variation, a Lightspeed X-Series line's product, a Clover line's
 * inventory item. The catalog, the stock and the co-purchase counts are keyed by SKU, so a line
 * left with the vendor's id would never meet them. The SKUs come from the same cached lookups as
 * the stock's; a line whose item has no SKU (or the vendor no longer knows) keeps its reference.
 * Shopify and Lightspeed R-Series sales carry their SKUs already.
 */
@ApplicationScoped
public class SaleSkus {

  private final SquareStockApi square;
  private final LightspeedXStockApi lightspeedX;
  private final CloverStockApi clover;

  public SaleSkus(SquareStockApi square, LightspeedXStockApi lightspeedX, CloverStockApi clover) {
    this.square = square;
    this.lightspeedX = lightspeedX;
    this.clover = clover;
  }

  public NormalizedSale withRetailerSkus(NormalizedSale sale) {
    Set<String> refs =
        sale.lines().stream()
            .map(SaleCompleted.Line::sku)
            .filter(ref -> ref != null && !ref.isBlank())
            .collect(Collectors.toSet());
    if (refs.isEmpty()) {
      return sale;
    }
    return switch (sale.provider()) {
      case SQUARE -> square.configured() ? relabel(sale, square.skus(refs)) : sale;
      case LIGHTSPEED_X -> lightspeedX.configured() ? relabel(sale, lightspeedX.skus(refs)) : sale;
      case CLOVER ->
          clover.configured() && sale.locationId() != null
              ? relabel(sale, clover.skus(sale.locationId(), refs))
              : sale;
      case SHOPIFY, LIGHTSPEED_R -> sale;
    };
  }

  private static NormalizedSale relabel(NormalizedSale sale, Map<String, Optional<String>> skus) {
    List<SaleCompleted.Line> lines =
        sale.lines().stream()
            .map(
                line ->
                    new SaleCompleted.Line(
                        line.lineNumber(),
                        skus.getOrDefault(line.sku(), Optional.empty()).orElse(line.sku()),
                        line.quantity(),
                        line.unitPrice(),
                        line.total()))
            .toList();
    return new NormalizedSale(
        sale.provider(),
        sale.posSaleId(),
        sale.posVersion(),
        sale.locationId(),
        sale.customerRef(),
        sale.total(),
        sale.currency(),
        sale.occurredAt(),
        lines,
        sale.tags());
  }
}
