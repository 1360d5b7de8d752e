package io.vitrine.tenant.flags;

/**
 * Whether a feature is on for a store, as the operator last published it. Every endpoint that
 * serves an AI feature asks this first; a feature that is off answers so and calls no model.
 *
 * <p>Stores are identified by their POS location id ({@code stores.pos_location_id}), the id a POS
 * sends with every request and the id StoreRollout phases list.
 */
public interface FeatureFlags {

  /** What every feature endpoint's OpenAPI says of its answer while the feature is off. */
  String OFF_ANSWER =
      "Also when the feature is off for the store: then \"enabled\" is false and nothing else is"
          + " set.";

  boolean enabled(Feature feature, String storeId);

  /** The revision of the flags in force for a feature, for audit records; 0 when ungoverned. */
  long revision(Feature feature);
}
