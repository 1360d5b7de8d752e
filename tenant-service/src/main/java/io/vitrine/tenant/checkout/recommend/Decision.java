package io.vitrine.tenant.checkout.recommend;

/** What an associate did with a suggested SKU; stored by name in {@code suggestion_decisions}. */
public enum Decision {
  ACCEPTED,
  REJECTED
}
