package io.vitrine.tenant.loyalty;

/** Why points were granted; a sale earns each at most once. */
public enum AccrualRule {
  /** Points per currency unit of the sale, always. */
  BASE,
  /** Extra points on the customer's frequently bought brand (personalization). */
  BRAND_BONUS,
  /** A reward for a lapsed member's return (personalization). */
  LAPSED_MILESTONE
}
