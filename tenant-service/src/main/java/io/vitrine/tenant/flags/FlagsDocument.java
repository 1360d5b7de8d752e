package io.vitrine.tenant.flags;

import java.util.Map;
import java.util.Set;

/**
 * One published revision of a tenant's feature flags: for each governed feature, the stores it is
 * on for. The operator writes it as {@code flags.json} in a ConfigMap per revision.
 *
 * @param rollout the StoreRollout that published it; each rollout governs its own features
 * @param revision increases with every publication of that rollout; rolling back publishes an older
 *     content under a new revision
 * @param features the governed features; a feature absent here is not governed by this rollout
 */
public record FlagsDocument(String rollout, long revision, Map<Feature, FeatureStores> features) {

  public FlagsDocument {
    features = Map.copyOf(features);
  }

  /**
   * The stores a feature is on for.
   *
   * @param allStores on for every store, including stores added later
   * @param stores POS location ids, when not all stores
   * @param settings per-feature settings from the StoreRollout spec
   */
  public record FeatureStores(boolean allStores, Set<String> stores, Map<String, String> settings) {

    public FeatureStores {
      stores = Set.copyOf(stores);
      settings = Map.copyOf(settings);
    }

    public boolean includes(String storeId) {
      return allStores || stores.contains(storeId);
    }
  }
}
