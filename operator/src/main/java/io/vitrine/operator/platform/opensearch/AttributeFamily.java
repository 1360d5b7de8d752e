package io.vitrine.operator.platform.opensearch;

/** Groups of product attributes a retailer's catalog carries beyond the common fields. */
public enum AttributeFamily {
  /** ingredients (normalised INCI names), concerns, finish, skin_types, shade. */
  BEAUTY,
  /** serialized, warranty_months, service_interval_months. */
  LUXURY
}
