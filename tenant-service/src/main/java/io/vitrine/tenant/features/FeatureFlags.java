package io.vitrine.tenant.features;

/**
 * Whether a feature is on for a store, as the operator last published it. Every endpoint that
 * serves an AI feature asks this first; a feature that is off answers so and calls no model.
 *
 * <p>Stores are identified by their POS location id ({@code stores.pos_location_id}), the id a POS
 * sends with every request and the id StoreRollout phases list.
 */
public interface FeatureFlags {

  boolean enabled(Feature feature, String storeId);

  /** The revision of the flags in force for a feature, for audit records; 0 when ungoverned. */
  long revision(Feature feature);
}
