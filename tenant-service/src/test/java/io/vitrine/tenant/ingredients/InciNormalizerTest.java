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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Fragrance*|PARFUM",
        "Fragrance†|PARFUM",
        "Fragrance/Flavor|PARFUM",
        "Organic Aloe Vera*|ALOE BARBADENSIS LEAF JUICE",
        "Certified Organic Shea Butter|BUTYROSPERMUM PARKII BUTTER",
        "Zinc Oxide 20%|ZINC OXIDE",
        "l-Menthol|MENTHOL",
      })
  void markersPercentagesAndOrganicAreNotPartOfTheName(String raw, String expected) {
    assertThat(inci.canonical(raw)).isEqualTo(expected);
  }

  @Test
  void disclaimersAndQualifyingFootnotesAreNoIngredients() {
    assertThat(
            inci.split(
                "Water, Glycerin*, Phenoxyethanol Please be aware that ingredient lists may change"
                    + " or vary from time to time. Please refer to the ingredient list on the"
                    + " product package. *Certified Organic"))
        .containsExactly("AQUA", "GLYCERIN", "PHENOXYETHANOL");
    assertThat(inci.split("Vitis Vinifera (Grape) Juice*, Nitrogen. *Plant origin."))
        .containsExactly("VITIS VINIFERA JUICE", "NITROGEN");
  }

  @Test
  void aFootnoteThatSaysMoreStaysForScreeningToJudge() {
    assertThat(inci.split("Aqua, **Fragrance, Limonene. *Napiers Original Formula."))
        .containsExactly("AQUA", "PARFUM", "LIMONENE", "NAPIERS ORIGINAL FORMULA");
    assertThat(inci.split("Phenoxyethanol * Essential Oil"))
        .containsExactly("PHENOXYETHANOL", "ESSENTIAL OIL");
    assertThat(inci.split("*Certified Organic")).isEmpty();
  }

  @Test
  void anUnmatchedParenthesisDoesNotSwallowTheRestOfTheList() {
    assertThat(inci.split("Fragrance, (Microcrystalline Cellulose, Menthol, Linalool"))
        .containsExactly("PARFUM", "MICROCRYSTALLINE CELLULOSE", "MENTHOL", "LINALOOL");
  }

  @Test
  void realLabelsPrintingQuirksStillReadAsNames() {
    assertThat(
            inci.split(
                "Butyrospermum Parkii Butter (Butyrospermum Parkii (Shea Butter)), 1, 2-Hexanediol,"
                    + " Copernicia Cerifera (Carnauba) Wax\\Cera Carnauba, Phenoxyethanol \uFFFD"))
        .containsExactly(
            "BUTYROSPERMUM PARKII BUTTER",
            "1,2-HEXANEDIOL",
            "COPERNICIA CERIFERA WAX/CERA CARNAUBA",
            "PHENOXYETHANOL");
  }
}
