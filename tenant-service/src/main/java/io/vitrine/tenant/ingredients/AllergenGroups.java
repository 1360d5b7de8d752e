package io.vitrine.tenant.ingredients;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Named groups of INCI names a customer may avoid as a whole ({@code FRAGRANCE_ALLERGENS}: perfume
 * and the 26 EU-labelled fragrance allergens; {@code PARABENS}; ...), from the resource {@code
 * /ingredients/allergen-groups.txt}. Members are canonical INCI names.
 *
 * <p>Thread-safe and immutable; {@link #standard()} is the shared instance.
 */
public final class AllergenGroups {

  private static final String GROUPS = "/ingredients/allergen-groups.txt";
  private static final AllergenGroups STANDARD =
      new AllergenGroups(NameTable.read(GROUPS), InciNormalizer.standard());

  private final Map<String, Set<String>> membersByGroup;
  private final InciNormalizer inci;

  AllergenGroups(Map<String, List<String>> table, InciNormalizer inci) {
    this.inci = inci;
    var groups = new LinkedHashMap<String, Set<String>>();
    table.forEach(
        (group, members) -> groups.put(groupKey(group), Set.copyOf(inci.canonicalAll(members))));
    this.membersByGroup = Map.copyOf(groups);
  }

  /** The groups built from the shipped table, with the standard synonyms. */
  public static AllergenGroups standard() {
    return STANDARD;
  }

  /** Every group's name, upper case ({@code FRAGRANCE_ALLERGENS}, {@code PARABENS}, ...). */
  public Set<String> names() {
    return membersByGroup.keySet();
  }

  /** The canonical INCI names in {@code group} (any case), or empty when there is no such group. */
  public Optional<Set<String>> members(String group) {
    return Optional.ofNullable(membersByGroup.get(groupKey(group)));
  }

  /**
   * Canonical INCI names for a mix of group names and ingredient names: a group stands for its
   * members, anything else is an ingredient and is normalised ({@code [FRAGRANCE_ALLERGENS,
   * "vitamin e"]} gives PARFUM, LINALOOL, ..., TOCOPHEROL).
   */
  public Set<String> expand(Collection<String> groupsOrIngredients) {
    var names = new LinkedHashSet<String>();
    for (String entry : groupsOrIngredients) {
      if (entry == null || entry.isBlank()) {
        continue;
      }
      members(entry).ifPresentOrElse(names::addAll, () -> names.add(inci.canonical(entry)));
    }
    return names;
  }

  private static String groupKey(String group) {
    return group.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }
}
