package io.vitrine.tenant.ingredients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An ingredient is recognised by what it is, not by one spelling: the spellings of issue 14 (stock
 * put in by hand) and the parts and derivatives of each source.
 */
class IngredientFactsTest {

  private final InciNormalizer inci = InciNormalizer.standard();
  private final AllergenGroups groups = AllergenGroups.standard();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Fragrance*",
        "Fragrance/Flavor",
        "Parfum (Fragrance)",
        "Natural Fragrance",
        "Aroma/Flavor",
        "Essential Oil Blend",
        "Camphor",
        "l-Menthol",
        "Linalyl Acetate",
        "Lavandula Angustifolia (Lavender) Flower Water",
        "Lavandula Hybrida Oil",
        "Citrus Aurantium Dulcis (Orange) Peel Oil",
        "Citrus Paradisi (Grapefruit) Peel Oil",
        "Lemon Fruit Extract",
        "Mentha Piperita (Peppermint) Oil",
        "Jasminum Officinale (Jasmine) Flower Extract",
        "Cananga Odorata (Ylang Ylang) Oil",
        "Rosa Damascena Flower Oil",
        "Rose Flower Oil/Extract",
        "Pelargonium Graveolens Flower Oil",
        "Eucalyptus Globulus Leaf Oil",
        "Cinnamomum Zeylanicum Bark Oil",
        "Eugenia Caryophyllus (Clove) Bud Oil",
        "Cedrus Atlantica Bark Oil",
        "Turpentine",
        "Melaleuca Alternifolia (Tea Tree) Leaf Oil",
        "Rosmarinus Officinalis (Rosemary) Leaf Oil",
        "Cupressus Sempervirens Leaf/Nut/Stem Oil",
        "Vanilla Planifolia Fruit Extract",
      })
  void fragranceIsKnownInEverySpellingAndSource(String name) {
    assertThat(groups.facts(inci.canonical(name)).groups()).as(name).contains("fragrance");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Rosa Canina (Rose Hip) Fruit Oil",
        "Citrus Grandis (Grapefruit) Seed Extract",
        "Salvia Hispanica Seed Oil",
        "Rosmarinus Officinalis (Rosemary) Leaf Extract",
        "Melaleuca Alternifolia (Tea Tree) Leaf Extract",
        "Helianthus Annuus (Sunflower) Seed Oil",
        "4-Methylbenzylidene Camphor",
        "Menthyl Lactate",
        "Orange 4 (CI 15510)",
        "Glycerin",
      })
  void whatOnlySoundsLikeFragranceIsNot(String name) {
    assertThat(groups.facts(inci.canonical(name)).groups()).as(name).doesNotContain("fragrance");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Prunus Amygdalus Dulcis (Sweet Almond) Seed Meal",
        "Prunus Amygdalus Dulcis (Sweet Almond) Seed Extract/Sweet Almond Seed Extract",
        "PEG-16 Macadamia Glycerides",
        "Macadamia Integrifolia Seed Oil",
        "Hydrolyzed Sweet Almond Protein",
        "PEG-60 Almond Glycerides",
        "Almondamidopropyl Betaine",
        "Juglans Regia (Walnut) Shell Powder",
        "Corylus Avellana (Hazel) Seed Oil",
        "Anacardium Occidentale (Cashew) Seed Oil",
        "Bertholletia Excelsa Seed Oil",
        "Pistacia Vera Seed Oil",
        "Carya Illinoinensis (Pecan) Seed Oil",
        "Pinus Koraiensis Seed Oil",
        "Arachis Hypogaea (Peanut) Oil",
      })
  void everyPartAndDerivativeOfATreeNutOrPeanutIsANut(String name) {
    assertThat(groups.facts(inci.canonical(name)).groups()).as(name).contains("nut-oils");
    assertThat(AllergenGroups.standard(BorderlineNuts.EXCLUDE).facts(inci.canonical(name)).groups())
        .as("%s whatever the borderline policy", name)
        .contains("nut-oils");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Aleurites Moluccana (Kukui) Seed Oil",
        "Butyrospermum Parkii (Shea) Butter",
        "Butyrospermum Parkii Butter Unsaponifiables",
        "Shea Butter Ethyl Esters",
        "Vitellaria Paradoxa Nut Butter",
        "Cocos Nucifera (Coconut) Oil",
        "Hydrogenated Coconut Acid",
        "Argania Spinosa Kernel Oil",
        "Sclerocarya Birrea Seed Oil",
      })
  void borderlineSourcesAreNutsUnlessTheRetailerExcludesThem(String name) {
    String canonical = inci.canonical(name);
    assertThat(groups.facts(canonical).groups()).as(name).contains("nut-oils");
    assertThat(AllergenGroups.standard(BorderlineNuts.EXCLUDE).facts(canonical).groups())
        .as(name)
        .doesNotContain("nut-oils");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Coco-Glucoside",
        "Cocamidopropyl Betaine",
        "Sodium Cocoyl Isethionate",
        "Prunus Armeniaca (Apricot) Kernel Oil",
        "Pistacia Lentiscus (Mastic) Gum",
        "Castanea Sativa (Chestnut) Seed Extract",
        "Aesculus Hippocastanum (Horse Chestnut) Seed Extract",
      })
  void whatOnlySoundsLikeANutIsNot(String name) {
    assertThat(groups.facts(inci.canonical(name)).groups()).as(name).doesNotContain("nut-oils");
  }

  @Test
  void underExclusionTheGroupsMembersLoseTheBorderlineSourcesOnly() {
    var excluding = AllergenGroups.standard(BorderlineNuts.EXCLUDE);

    assertThat(excluding.inci("nut-oils"))
        .contains("PRUNUS AMYGDALUS DULCIS OIL", "ARACHIS HYPOGAEA OIL")
        .doesNotContain(
            "ARGANIA SPINOSA KERNEL OIL",
            "BUTYROSPERMUM PARKII BUTTER",
            "COCOS NUCIFERA OIL",
            "SCLEROCARYA BIRREA SEED OIL");
    assertThat(groups.inci("nut-oils")).contains("ARGANIA SPINOSA KERNEL OIL");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "#NAME?",
        "Visit the SEPHORA COLLECTION boutique",
        "No Info",
        "The Charcoal Mask: Water",
        "-100 Percent Sugarcane-Derived Squalane.",
        "Napiers Original Formula",
        "Water Argania Spinosa Kernel Oil Propanediol Glyceryl Caprylate Glyceryl Undecylenate"
            + " Phosphatidylglycerol Sodium Benzoate Xanthan Gum Citric Acid",
      })
  void textThatIsNoIngredientNameIsToldApart(String text) {
    assertThat(groups.facts(InciNormalizer.spelling(text)).unreadable()).as(text).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1,2-Hexanediol",
        "CI 77491",
        "Caprylic/Capric Triglyceride",
        "PEG-40 Hydrogenated Castor Oil",
        "Sh-Polypeptide-1",
        "Fuller's Earth",
        "Acrylates/C10-30 Alkyl Acrylate Crosspolymer",
      })
  void ingredientNamesReadAsSuch(String name) {
    assertThat(groups.facts(inci.canonical(name)).unreadable()).as(name).isEmpty();
  }

  @Test
  void theRetailersPolicyComesFromConfigurationAndIncludesByDefault() {
    var tables = new IngredientTables();

    assertThat(tables.allergenGroups(() -> BorderlineNuts.INCLUDE)).isSameAs(groups);
    assertThat(
            tables
                .allergenGroups(() -> BorderlineNuts.EXCLUDE)
                .facts("COCOS NUCIFERA OIL")
                .groups())
        .isEmpty();
  }
}
