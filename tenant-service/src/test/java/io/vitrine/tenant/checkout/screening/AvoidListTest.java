package io.vitrine.tenant.checkout.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.tenant.ingredients.AllergenGroups;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvoidListTest {

  private final UpperCaseInci normalizer = new UpperCaseInci();
  private final AllergenGroups groups = AllergenGroups.fromClassPath(normalizer::canonical);

  @Test
  void groupAliasesExpandToTheirInciNamesAndSingleIngredientsAreNormalised() {
    var avoid =
        AvoidList.of(List.of("Perfume", "tree nuts", " salicylic   acid "), groups, normalizer);

    assertThat(
            avoid.conflicts(
                List.of(
                    "AQUA", "AROMA", "LINALOOL", "ARGANIA SPINOSA KERNEL OIL", "SALICYLIC ACID")))
        .containsExactly(
            new Conflict("AROMA", "fragrance"),
            new Conflict("LINALOOL", "fragrance"),
            new Conflict("ARGANIA SPINOSA KERNEL OIL", "nut-oils"),
            new Conflict("SALICYLIC ACID", "SALICYLIC ACID"));
    assertThat(avoid.avoidsGroup("fragrance")).isTrue();
  }

  @Test
  void veganMeansNoAnimalDerivedIngredient() {
    var avoid = AvoidList.of(List.of("vegan"), groups, normalizer);

    assertThat(avoid.firstConflict(List.of("AQUA", "CERA ALBA")))
        .contains(new Conflict("CERA ALBA", "animal-derived"));
    assertThat(avoid.isSafe(List.of("AQUA", "GLYCERIN"))).isTrue();
  }

  @Test
  void everyEuLabelledFragranceAllergenIsInTheFragranceGroup() {
    assertThat(groups.inci("fragrance"))
        .contains(
            "PARFUM",
            "AROMA",
            "LIMONENE",
            "LINALOOL",
            "CITRONELLOL",
            "GERANIOL",
            "COUMARIN",
            "EUGENOL")
        .hasSizeGreaterThanOrEqualTo(29);
  }
}
