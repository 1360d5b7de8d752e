package io.vitrine.tenant.stock;

/**
 * What the till does with a candidate whose count is stale or missing ({@code vitrine.stock.stale},
 * {@code vitrine.stock.unknown}).
 */
public enum StockHandling {
  /** Not offered, as if out of stock. */
  EXCLUDE,
  /** Offered, but ranked below candidates with a fresh count (the ranker's stock factor). */
  DEMOTE,
  /** Offered as if in stock. */
  OFFER
}
