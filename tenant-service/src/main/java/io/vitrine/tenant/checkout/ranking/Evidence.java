package io.vitrine.tenant.checkout.ranking;

/**
 * One reason a candidate was scored as it was; recorded with every suggestion in the audit log.
 *
 * @param anchorSku the cart item it relates to, null for evidence about the customer
 * @param value the kind's measure (confidence, weight, normalised score, factor)
 * @param detail human-readable facts behind the value
 */
public record Evidence(Kind kind, String anchorSku, double value, String detail) {

  /** Where evidence comes from. */
  public enum Kind {
    CO_PURCHASE,
    COMPLEMENT,
    CONTENT_SIMILARITY,
    PREFERRED_BRAND,
    SKIN_TYPE,
    FRAGRANCE_FREE,
    FEEDBACK,
    /** The store's count is stale or missing: offered by the stock policy, ranked lower. */
    UNCONFIRMED_STOCK
  }
}
