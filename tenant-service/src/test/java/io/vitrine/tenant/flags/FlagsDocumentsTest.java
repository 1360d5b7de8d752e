package io.vitrine.tenant.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlagsDocumentsTest {

  @Test
  void readsTheDocumentTheOperatorPublishes() {
    var document =
        FlagsDocuments.parse(
                """
                {"rollout":"ai","revision":4,"features":{
                  "checkout-recommendations":{"allStores":false,"stores":["loc-1","loc-2"],
                    "settings":{"maxSuggestions":"3"}},
                  "copilot":{"allStores":true,"stores":[],"settings":{}}}}
                """)
            .orElseThrow();

    assertThat(document.rollout()).isEqualTo("ai");
    assertThat(document.revision()).isEqualTo(4);
    var checkout = document.features().get(Feature.CHECKOUT_RECOMMENDATIONS);
    assertThat(checkout.includes("loc-1")).isTrue();
    assertThat(checkout.includes("loc-3")).isFalse();
    assertThat(checkout.settings()).containsEntry("maxSuggestions", "3");
    assertThat(document.features().get(Feature.COPILOT).includes("any-store")).isTrue();
  }

  @Test
  void skipsFeaturesItDoesNotKnow() {
    var document =
        FlagsDocuments.parse(
                "{\"rollout\":\"ai\",\"revision\":1,\"features\":{\"telepathy\":"
                    + "{\"allStores\":true}}}")
            .orElseThrow();

    assertThat(document.features()).isEmpty();
  }

  @Test
  void refusesWhatIsNotAFlagsDocument() {
    assertThat(FlagsDocuments.parse("{")).isEmpty();
    assertThat(FlagsDocuments.parse("{\"revision\":1}")).isEmpty();
  }

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

  private static FlagsDocument parse(long revision, String stores) {
    return FlagsDocuments.parse(
            "{\"rollout\":\"ai\",\"revision\":%d,\"features\":{\"checkout-recommendations\":"
                    .formatted(revision)
                + "{\"allStores\":false,\"stores\":["
                + stores
                + "],\"settings\":{}}}}")
        .orElseThrow();
  }
}
