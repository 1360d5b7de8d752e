package io.vitrine.api.flags;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.api.flags.FlagsDocument.FeatureStores;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The document the operator writes is the one tenant-service reads. */
class FlagsDocumentTest {

  @Test
  void readsTheDocumentTheOperatorPublishes() {
    var document =
        FlagsDocument.parse(
                """
                {"rollout":"ai","revision":4,"features":{
                  "checkout-recommendations":{"allStores":false,"stores":["loc-1","loc-2"],
                    "settings":{"maxSuggestions":"3"}},
                  "copilot":{"allStores":true,"stores":[],"settings":{}}}}
                """)
            .orElseThrow();

    assertThat(document.rollout()).isEqualTo("ai");
    assertThat(document.revision()).isEqualTo(4);
    var checkout = document.features().get("checkout-recommendations");
    assertThat(checkout.includes("loc-1")).isTrue();
    assertThat(checkout.includes("loc-3")).isFalse();
    assertThat(checkout.settings()).containsEntry("maxSuggestions", "3");
    assertThat(document.features().get("copilot").includes("any-store")).isTrue();
  }

  @Test
  void skipsFeaturesItDoesNotKnow() {
    var document =
        FlagsDocument.parse(
                "{\"rollout\":\"ai\",\"revision\":1,\"features\":{\"telepathy\":"
                    + "{\"allStores\":true}}}")
            .orElseThrow();

    assertThat(document.features()).isEmpty();
  }

  @Test
  void refusesWhatIsNotAFlagsDocument() {
    assertThat(FlagsDocument.parse("{")).isEmpty();
    assertThat(FlagsDocument.parse("{\"revision\":1}")).isEmpty();
  }

  @Test
  void writesTheFieldsTenantServiceReadsInAStableOrder() {
    var document =
        new FlagsDocument(
            "ai",
            7,
            new TreeMap<>(
                Map.of(
                    "copilot",
                    new FeatureStores(true, Set.of(), Map.of()),
                    "checkout-recommendations",
                    new FeatureStores(
                        false,
                        new LinkedHashSet<>(List.of("loc-2", "loc-1")),
                        Map.of("maxSuggestions", "3", "minScore", "0.4")))));

    assertThat(document.toJson())
        .isEqualTo(
            "{\"rollout\":\"ai\",\"revision\":7,\"features\":{"
                + "\"checkout-recommendations\":{\"allStores\":false,\"stores\":[\"loc-2\","
                + "\"loc-1\"],\"settings\":{\"maxSuggestions\":\"3\",\"minScore\":\"0.4\"}},"
                + "\"copilot\":{\"allStores\":true,\"stores\":[],\"settings\":{}}}}");
  }

  @Test
  void whatIsWrittenReadsBackEqual() {
    var stores = new LinkedHashSet<String>();
    for (int i = 499; i >= 0; i--) {
      stores.add("loc-%03d".formatted(i));
    }
    var document =
        new FlagsDocument(
            "ai",
            12,
            new TreeMap<>(
                Map.of(
                    "allergy-screening",
                    new FeatureStores(false, stores, Map.of("strict", "true")),
                    "post-purchase-messages",
                    new FeatureStores(true, Set.of(), Map.of()))));

    var read = FlagsDocument.parse(document.toJson()).orElseThrow();

    assertThat(read).isEqualTo(document);
    assertThat(read.features().get("allergy-screening").stores())
        .as("in the order written")
        .containsExactlyElementsOf(stores);
  }
}
