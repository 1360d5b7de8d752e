package io.vitrine.tenant.stock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One count of a SKU at a POS location, as a source reported it.
 *
 * @param source the POS provider's name ({@code shopify}, ...) or {@link #IMPORT}
 * @param locationId the store's POS location id
 * @param quantity units available to sell; zero or less is out of stock
 * @param version the source's own order of its counts (a timestamp in milliseconds or a version):
 *     within one source, a count replaces another only when its version is higher
 * @param countedAt when the source last changed or confirmed the count (or, for a source that gives
 *     no time, when it was read): between sources, the later count wins, and staleness is measured
 *     from it
 */
public record StockCount(
    String source, String locationId, String sku, int quantity, long version, Instant countedAt) {

  /** The source of counts a retailer imports. */
  public static final String IMPORT = "import";

  public StockCount {
    if (locationId == null || locationId.isBlank() || sku == null || sku.isBlank()) {
      throw new IllegalArgumentException("a count needs its location and SKU");
    }
  }

  /**
   * Whole units of a vendor's quantity, which may be a decimal: a fraction of a unit cannot be sold
   * as one, so it is rounded down.
   */
  public static int wholeUnits(BigDecimal quantity) {
    return quantity
        .setScale(0, RoundingMode.FLOOR)
        .max(BigDecimal.valueOf(Integer.MIN_VALUE))
        .min(BigDecimal.valueOf(Integer.MAX_VALUE))
        .intValueExact();
  }

  /** Whether this count replaces {@code stored} of the same store and SKU (see V11). */
  public boolean replaces(StockCount stored) {
    return source.equals(stored.source())
        ? version > stored.version()
        : countedAt.isAfter(stored.countedAt());
  }
}
