package io.vitrine.operator.rollout.model;

import io.vitrine.api.v1alpha1.rollout.FeatureSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a flags revision says, without its revision number: for each governed feature, the stores it
 * is on for. Two revisions with equal content need no new publication.
 *
 * @param features by feature key (checkout-recommendations, ...)
 */
public record FlagsContent(SortedMap<String, FeatureStores> features) {

  public FlagsContent {
    features = new TreeMap<>(features);
  }

  /** Every governed feature on for the same stores, each with its own settings. */
  public static FlagsContent of(List<FeatureSpec> features, Set<String> on, boolean allStores) {
    var content = new TreeMap<String, FeatureStores>();
    for (FeatureSpec feature : features) {
      content.put(
          feature.getName().key(),
          new FeatureStores(
              allStores,
              allStores ? List.of() : List.copyOf(on),
              new TreeMap<>(feature.getSettings())));
    }
    return new FlagsContent(content);
  }

  /**
   * @param allStores on for every store, including stores added later
   * @param stores sorted POS location ids, when not all stores
   * @param settings the feature's settings from the spec
   */
  public record FeatureStores(
      boolean allStores, List<String> stores, SortedMap<String, String> settings) {

    public FeatureStores {
      stores = List.copyOf(stores);
      settings = new TreeMap<>(settings == null ? Map.of() : settings);
    }
  }
}
