package io.vitrine.operator.rollout.model;

import io.vitrine.api.flags.FlagsDocument;
import io.vitrine.api.flags.FlagsDocument.FeatureStores;
import io.vitrine.api.v1alpha1.rollout.FeatureSpec;
import java.util.List;
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
          new FeatureStores(allStores, allStores ? Set.of() : on, feature.getSettings()));
    }
    return new FlagsContent(content);
  }

  /** What a published document says. */
  public static FlagsContent of(FlagsDocument document) {
    return new FlagsContent(new TreeMap<>(document.features()));
  }

  /** The document that publishes this content as a rollout's revision. */
  public FlagsDocument document(String rollout, long revision) {
    return new FlagsDocument(rollout, revision, features);
  }
}
