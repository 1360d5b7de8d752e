package io.vitrine.tenant.flags;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.api.flags.FlagsDocument;
import io.vitrine.api.flags.FlagsDocument.FeatureStores;
import io.vitrine.api.v1alpha1.rollout.FeatureName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PublishedFeatureFlagsTest {

  @Test
  void aPublishedRollbackUnderANewRevisionReplacesTheOlderOne() {
    var flags =
        new PublishedFeatureFlags(
            PublishedFeatureFlags.UngovernedFeatures.DISABLED, Optional.empty());
    flags.publish(parse(2, "\"loc-1\",\"loc-2\""));
    flags.publish(parse(3, "\"loc-1\""));
    flags.publish(parse(1, "\"loc-9\""));

    assertThat(flags.enabled(Feature.CHECKOUT_RECOMMENDATIONS, "loc-2")).isFalse();
    assertThat(flags.enabled(Feature.CHECKOUT_RECOMMENDATIONS, "loc-1")).isTrue();
    assertThat(flags.revision(Feature.CHECKOUT_RECOMMENDATIONS)).isEqualTo(3);
  }

  @Test
  void obeysEveryFeatureOfADocumentAsTheOperatorWritesIt() {
    var features = new TreeMap<String, FeatureStores>();
    for (FeatureName feature : FeatureName.values()) {
      features.put(feature.key(), new FeatureStores(false, Set.of("loc-1"), Map.of()));
    }
    var written = new FlagsDocument("ai", 5, features).toJson();
    var flags =
        new PublishedFeatureFlags(
            PublishedFeatureFlags.UngovernedFeatures.ENABLED, Optional.empty());

    flags.publish(FlagsDocument.parse(written).orElseThrow());

    for (Feature feature : Feature.values()) {
      assertThat(flags.enabled(feature, "loc-1")).as(feature.key()).isTrue();
      assertThat(flags.enabled(feature, "loc-2")).as(feature.key()).isFalse();
      assertThat(flags.revision(feature)).as(feature.key()).isEqualTo(5);
    }
  }

  @Test
  void aFeatureFromANewerOperatorLeavesTheKnownOnesInForce() {
    var flags =
        new PublishedFeatureFlags(
            PublishedFeatureFlags.UngovernedFeatures.DISABLED, Optional.empty());

    flags.publish(
        FlagsDocument.parse(
                "{\"rollout\":\"ai\",\"revision\":2,\"features\":{\"telepathy\":"
                    + "{\"allStores\":true},\"copilot\":{\"allStores\":false,"
                    + "\"stores\":[\"loc-1\"]}}}")
            .orElseThrow());

    assertThat(flags.enabled(Feature.COPILOT, "loc-1")).isTrue();
    assertThat(flags.enabled(Feature.COPILOT, "loc-2")).isFalse();
    assertThat(flags.revision(Feature.COPILOT)).isEqualTo(2);
  }

  @Test
  void servesEveryFeatureOfTheStoreRolloutApiUnderItsKey() {
    assertThat(List.of(Feature.values()))
        .extracting(Feature::key)
        .containsExactlyElementsOf(
            List.of(FeatureName.values()).stream().map(FeatureName::key).toList());
    for (FeatureName name : FeatureName.values()) {
      assertThat(Feature.fromKey(name.key())).contains(Feature.of(name));
    }
  }

  private static FlagsDocument parse(long revision, String stores) {
    return FlagsDocument.parse(
            "{\"rollout\":\"ai\",\"revision\":%d,\"features\":{\"checkout-recommendations\":"
                    .formatted(revision)
                + "{\"allStores\":false,\"stores\":["
                + stores
                + "],\"settings\":{}}}}")
        .orElseThrow();
  }
}
