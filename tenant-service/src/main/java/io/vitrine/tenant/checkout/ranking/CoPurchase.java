package io.vitrine.tenant.checkout.ranking;

/**
 * How often a partner was bought in the same sale as an anchor.
 *
 * @param together sales that held both
 * @param anchorSales sales that held the anchor
 */
public record CoPurchase(String anchorSku, String partnerSku, int together, int anchorSales) {

  /** The share of the anchor's sales that also held the partner. */
  public double confidence() {
    return anchorSales == 0 ? 0 : Math.min(1.0, (double) together / anchorSales);
  }
}
