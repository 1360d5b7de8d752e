package io.vitrine.tenant.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.api.flags.FlagsDocument;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureDefaultsTest {

  @Test
  void listedFeaturesFollowTheRetailerAndOthersTheFallback() {
    var defaults =
        FeatureDefaults.parse(
            Optional.of("allergy-screening=true, checkout-recommendations=false"), false);

    assertThat(defaults.enabled(Feature.ALLERGY_SCREENING)).isTrue();
    assertThat(defaults.enabled(Feature.CHECKOUT_RECOMMENDATIONS)).isFalse();
    assertThat(defaults.enabled(Feature.COPILOT)).isFalse();
    assertThat(FeatureDefaults.parse(Optional.empty(), true).enabled(Feature.COPILOT)).isTrue();
  }

  @Test
  void anUnknownFeatureOrValueIsRefusedByName() {
    assertThatThrownBy(() -> FeatureDefaults.parse(Optional.of("teleportation=true"), false))
        .hasMessageContaining("'teleportation=true'")
        .hasMessageContaining("unknown");
    assertThatThrownBy(() -> FeatureDefaults.parse(Optional.of("copilot=yes"), false))
        .hasMessageContaining("true or false");
  }

  @Test
  void aRolloutReplacesTheDefaultForTheFeaturesItGoverns() {
    var flags =
        new PublishedFeatureFlags(
            PublishedFeatureFlags.UngovernedFeatures.DISABLED,
            Optional.of("allergy-screening=true,checkout-recommendations=true"));
    flags.publish(
        new FlagsDocument(
            "ai-checkout",
            1,
            Map.of(
                Feature.CHECKOUT_RECOMMENDATIONS.key(),
                new FlagsDocument.FeatureStores(false, Set.of("pilot-store"), Map.of()))));

    assertThat(flags.enabled(Feature.CHECKOUT_RECOMMENDATIONS, "other-store")).isFalse();
    assertThat(flags.enabled(Feature.CHECKOUT_RECOMMENDATIONS, "pilot-store")).isTrue();
    assertThat(flags.enabled(Feature.ALLERGY_SCREENING, "other-store")).isTrue();
  }
}
