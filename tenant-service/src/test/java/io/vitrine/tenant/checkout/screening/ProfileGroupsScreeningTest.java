package io.vitrine.tenant.checkout.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.tenant.ingredients.AllergenGroups;
import io.vitrine.tenant.ingredients.InciNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Profiles stored through the customer-profile API name allergen groups as that API knows them
 * ({@code FRAGRANCE_ALLERGENS}, {@code TREE_NUTS}); screening must avoid every member of each.
 */
class ProfileGroupsScreeningTest {

  private final InciNormalizer inci = InciNormalizer.standard();
  private final AllergenGroups groups = AllergenGroups.standard();

  @Test
  void everyGroupOfTheProfileApiIsAvoidedMemberByMember() {
    for (String group : groups.names()) {
      var avoid = AvoidList.of(List.of(group), groups, inci::canonical);

      for (String member : groups.members(group).orElseThrow()) {
        assertThat(avoid.isSafe(List.of("AQUA", member)))
            .as("%s must be avoided by a profile naming %s", member, group)
            .isFalse();
      }
    }
  }

  @Test
  void theScreeningsOwnGroupsKeepTheirMembers() {
    var avoid = AvoidList.of(List.of("fragrance"), groups, inci::canonical);

    assertThat(avoid.isSafe(List.of("AQUA", "PARFUM"))).isFalse();
    assertThat(avoid.isSafe(List.of("AQUA", "GLYCERIN"))).isTrue();
  }

  @Test
  void aGroupNamedTheProfileApisWayIsTheSameGroupAsItsAliases() {
    var avoid = AvoidList.of(List.of("FRAGRANCE_ALLERGENS"), groups, inci::canonical);

    assertThat(avoid.avoidsGroup("fragrance")).isTrue();
    assertThat(avoid.firstConflict(List.of("AQUA", "LINALOOL")).orElseThrow().avoided())
        .isEqualTo("fragrance");
  }
}
