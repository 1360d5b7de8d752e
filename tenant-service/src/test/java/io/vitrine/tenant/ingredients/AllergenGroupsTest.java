package io.vitrine.tenant.ingredients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllergenGroupsTest {

  private final AllergenGroups groups = AllergenGroups.standard();

  @Test
  void theFragranceGroupHoldsPerfumeTheOldTwentySixAndEveryNameOfTheEuList() {
    // 27 before Regulation (EU) 2023/1545: perfume and the 26; now also every INCI name of the
    // amended Annex III list (fragrance-allergens.tsv), in its canonical spelling.
    var inci = InciNormalizer.standard();
    assertThat(groups.members("fragrance allergens").orElseThrow())
        .hasSize(162)
        .contains("PARFUM", "LINALOOL", "LIMONENE", "EVERNIA PRUNASTRI EXTRACT")
        .contains("CAMPHOR", "MENTHOL", "LINALYL ACETATE", "CANANGA ODORATA FLOWER OIL")
        .containsAll(
            ListedNames.read("/ingredients/fragrance-allergens.tsv").stream()
                .map(inci::canonical)
                .toList());
  }

  @Test
  void expandMixesGroupsAndIngredientsInAnySpelling() {
    assertThat(groups.expand(List.of("Parabens", "vitamin e")))
        .containsExactlyInAnyOrder(
            "METHYLPARABEN",
            "ETHYLPARABEN",
            "PROPYLPARABEN",
            "BUTYLPARABEN",
            "ISOBUTYLPARABEN",
            "TOCOPHEROL");
  }

  @Test
  void everyGroupMemberIsAKnownInciName() {
    for (String group : groups.names()) {
      assertThat(groups.members(group).orElseThrow())
          .allSatisfy(name -> assertThat(InciNormalizer.standard().isKnown(name)).isTrue());
    }
  }

  @Test
  void aGroupNamedLikeAnIngredientHoldsThatIngredient() {
    var inci = InciNormalizer.standard();
    for (String group : groups.names()) {
      String asIngredient = inci.canonical(group.replace('_', ' '));
      if (inci.isKnown(asIngredient)) {
        assertThat(groups.members(group).orElseThrow()).contains(asIngredient);
      }
    }
  }

  @Test
  void aliasesNameGroupsForProfilesButNotForTheCatalogFilter() {
    assertThat(groups.groupNamed("Fragrance")).contains("fragrance");
    assertThat(groups.groupNamed("FRAGRANCE_ALLERGENS")).contains("fragrance");
    assertThat(groups.groupNamed("tree nuts")).contains("nut-oils");
    assertThat(groups.groupNamed("vegan")).contains("animal-derived");
    assertThat(groups.members("Fragrance")).isEmpty();
    assertThat(groups.expand(List.of("Fragrance"))).containsExactly("PARFUM");
  }

  @Test
  void everyGroupHasOneNameAndTheSameMembersUnderItsNameAndItsId() {
    for (String name : groups.names()) {
      String id = groups.groupNamed(name).orElseThrow();
      assertThat(groups.members(name)).contains(groups.inci(id));
    }
    assertThat(groups.names())
        .containsExactlyInAnyOrder(
            "FRAGRANCE_ALLERGENS",
            "TREE_NUTS",
            "ANIMAL_DERIVED",
            "PARABENS",
            "LANOLIN",
            "ISOTHIAZOLINONES",
            "SULFATES");
  }

  @Test
  void anUnknownGroupIsEmpty() {
    assertThat(groups.members("NOT_A_GROUP")).isEmpty();
  }
}
