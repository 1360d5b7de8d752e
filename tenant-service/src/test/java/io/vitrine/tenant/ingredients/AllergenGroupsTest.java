package io.vitrine.tenant.ingredients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllergenGroupsTest {

  private final AllergenGroups groups = AllergenGroups.standard();

  @Test
  void theFragranceGroupHoldsPerfumeAndTheTwentySixLabelledAllergens() {
    assertThat(groups.members("fragrance allergens").orElseThrow())
        .hasSize(27)
        .contains("PARFUM", "LINALOOL", "LIMONENE", "EVERNIA PRUNASTRI EXTRACT");
  }

  @Test
  void expandMixesGroupsAndIngredientsInAnySpelling() {
    assertThat(groups.expand(List.of("Parabens", "vitamin e")))
        .containsExactlyInAnyOrder(
            "METHYLPARABEN", "ETHYLPARABEN", "PROPYLPARABEN", "BUTYLPARABEN", "TOCOPHEROL");
  }

  @Test
  void everyGroupMemberIsAKnownInciName() {
    for (String group : groups.names()) {
      assertThat(groups.members(group).orElseThrow())
          .allSatisfy(name -> assertThat(InciNormalizer.standard().isKnown(name)).isTrue());
    }
  }

  @Test
  void aGroupNamedLikeAnIngredientMeansOnlyThatIngredient() {
    var inci = InciNormalizer.standard();
    for (String group : groups.names()) {
      String asIngredient = inci.canonical(group.replace('_', ' '));
      if (inci.isKnown(asIngredient)) {
        assertThat(groups.members(group).orElseThrow()).containsExactly(asIngredient);
      }
    }
  }

  @Test
  void anUnknownGroupIsEmpty() {
    assertThat(groups.members("NOT_A_GROUP")).isEmpty();
  }
}
