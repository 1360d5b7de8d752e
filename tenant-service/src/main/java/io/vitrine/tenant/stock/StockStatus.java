package io.vitrine.tenant.stock;

import java.time.Duration;
import java.time.Instant;

/** A store's count of a SKU as an associate reads it. */
public enum StockStatus {
  /** A positive count younger than {@code vitrine.stock.stale-after}. */
  IN_STOCK,
  /** A positive count older than that: probably there, to be checked. */
  STALE,
  /** Zero or less. */
  OUT_OF_STOCK;

  static StockStatus of(int quantity, Instant countedAt, Instant now, Duration staleAfter) {
    if (quantity <= 0) {
      return OUT_OF_STOCK;
    }
    return countedAt.isBefore(now.minus(staleAfter)) ? STALE : IN_STOCK;
  }
}
