package io.vitrine.tenant.copilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactSentencesTest {

  @Test
  void screeningStatesEachVerdictAndNeverCallsAnUnscreenedProductSafe() {
    var fact =
        new ScreeningFact(
            List.of("fragrance"),
            true,
            List.of(
                new ScreeningFact.ProductVerdict(
                    "SKU-1", "Rose Cream", "conflict", List.of("PARFUM -> fragrance"), null),
                new ScreeningFact.ProductVerdict("SKU-2", "Plain Balm", "no-conflict", null, null),
                new ScreeningFact.ProductVerdict(
                    "SKU-3", "Mystery Oil", "not-screened", null, "no-ingredient-list")));

    String text = FactSentences.screening(fact);

    assertThat(text)
        .contains("Rose Cream: contains PARFUM -> fragrance")
        .contains("Plain Balm: no conflict found")
        .contains(
            "Mystery Oil: could not be screened (no-ingredient-list), do not offer it as safe");
  }

  @Test
  void screeningThatCannotAnswerSaysNothingIsSafe() {
    assertThat(FactSentences.screening(new ScreeningFact(List.of("nuts"), false, List.of())))
        .contains("treat no product as safe");
  }

  @Test
  void stockSaysWhichCountsAreOldOrZero() {
    String text =
        FactSentences.stock(
            List.of(
                new StoreStock("SKU-1", "loc-1", "Paris Opéra", 4, "IN_STOCK", null),
                new StoreStock("SKU-1", "loc-2", "Lyon", 2, "STALE", 390.0),
                new StoreStock("SKU-1", "loc-3", "Nice", 0, "OUT_OF_STOCK", 680.0)));

    assertThat(text)
        .isEqualTo(
            "Stock of SKU-1: 4 at Paris Opéra, 2 at Lyon (old count, check), none at Nice\n");
  }

  @Test
  void theAnswerCitesEachSourceByItsNumber() {
    var passage =
        new Source(
            "kb#d#h",
            Source.PASSAGE,
            null,
            null,
            null,
            "d",
            "return-policy",
            "h",
            "Returns — Opened products",
            "Opened products may be returned within 30 days with the receipt.",
            0.9);
    String text =
        FallbackAnswer.of(
            FallbackAnswer.sources(List.of(passage, ScoreFusionTest.product("SKU-9", 0.5))),
            CopilotFacts.NONE);

    assertThat(text)
        .contains("[1] Returns — Opened products: Opened products may be returned")
        .contains("[2] SKU-9 (SKU-9)");
  }
}
