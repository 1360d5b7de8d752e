package io.vitrine.tenant.ingredients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InciNormalizerTest {

  private final InciNormalizer inci = InciNormalizer.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Parfum|PARFUM",
        "  fragrance |PARFUM",
        "AROMA|PARFUM",
        "Water|AQUA",
        "eau|AQUA",
        "Aqua / Water / Eau|AQUA",
        "glycerine|GLYCERIN",
        "Lilial|BUTYLPHENYL METHYLPROPIONAL",
        "Oakmoss extract|EVERNIA PRUNASTRI EXTRACT",
        "d-Limonene|LIMONENE",
        "Hexyl Cinnamic Aldehyde|HEXYL CINNAMAL",
        "alpha – isomethyl  ionone|ALPHA-ISOMETHYL IONONE",
        "Vitamin E|TOCOPHEROL",
        "Citrus Aurantium Dulcis (Orange) Peel Oil|CITRUS AURANTIUM DULCIS PEEL OIL",
        "ci77491|CI 77491",
        "Sodium Hyaluronate*|SODIUM HYALURONATE",
        "Crème de Cacao.|CREME DE CACAO",
        "1,2-Hexanediol|1,2-HEXANEDIOL",
      })
  void canonicalNamesIgnoreCaseSpacingPunctuationAndSynonyms(String raw, String expected) {
    assertThat(inci.canonical(raw)).isEqualTo(expected);
  }

  @Test
  void aBlankNameIsRefused() {
    assertThatThrownBy(() -> inci.canonical("  ( ) ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void splitsALabelIntoCanonicalNamesInOrder() {
    assertThat(inci.split("Aqua, Glycerin, Parfum (Fragrance), Linalool"))
        .containsExactly("AQUA", "GLYCERIN", "PARFUM", "LINALOOL");
  }

  @Test
  void keepsCommasBetweenDigitsAndDropsLabelsAndDuplicates() {
    assertThat(inci.split("Ingredients: Water; 1,2-Hexanediol, Aqua, Phenoxyethanol."))
        .containsExactly("AQUA", "1,2-HEXANEDIOL", "PHENOXYETHANOL");
  }

  @Test
  void parenthesesNamingKnownIngredientsAddThemWhileGlossesDoNot() {
    assertThat(
            inci.split(
                "Parfum (Limonene, Linalool), Citrus Aurantium Dulcis (Orange) Peel Oil,"
                    + " Tocopherol (Vitamin E)"))
        .containsExactly(
            "PARFUM", "LIMONENE", "LINALOOL", "CITRUS AURANTIUM DULCIS PEEL OIL", "TOCOPHEROL");
  }

  @Test
  void mayContainColourantsAreListedToBeSafe() {
    assertThat(inci.split("Talc, Mica [+/- CI 77491, CI 77499], May contain: CI77891"))
        .containsExactly("TALC", "MICA", "CI 77491", "CI 77499", "TITANIUM DIOXIDE");
  }

  @Test
  void nothingToSplitGivesNothing() {
    assertThat(inci.split(null)).isEmpty();
    assertThat(inci.split(" , ;")).isEmpty();
  }

  @Test
  void canonicalAllSkipsBlanksAndDuplicates() {
    assertThat(inci.canonicalAll(List.of("Fragrance", "", "parfum", "Eau")))
        .containsExactly("PARFUM", "AQUA");
  }
}
