package io.vitrine.tenant.checkout.screening;

import io.vitrine.tenant.ingredients.AllergenGroups;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one customer must avoid, as canonical INCI names and allergen groups, each with the
 * profile entry that put it there. Built once per request from the profile's allergies and
 * avoid-list and the session's allergies.
 *
 * <p>An ingredient conflicts when it is a name the customer avoids, or belongs by what it is to a
 * group they avoid ({@link AllergenGroups#facts}: a nut by its botanical source in any derivative,
 * an essential oil or fragrance word for the fragrance group). A product is safe only when
 * screening can vouch for it: one with no ingredient list, or with an item that is no ingredient
 * name, is not screened, never "no conflict".
 */
public final class AvoidList {

  private static final AvoidList NOTHING = new AvoidList(Map.of(), Set.of(), null);

  private final Map<String, String> avoidedBy;
  private final Set<String> groups;
  private final AllergenGroups allergenGroups;

  private AvoidList(
      Map<String, String> avoidedBy, Set<String> groups, AllergenGroups allergenGroups) {
    this.avoidedBy = Map.copyOf(avoidedBy);
    this.groups = Set.copyOf(groups);
    this.allergenGroups = allergenGroups;
  }

  public static AvoidList nothing() {
    return NOTHING;
  }

  /**
   * @param entries group names or aliases ({@code fragrance}, {@code vegan}) and ingredient names
   */
  public static AvoidList of(
      Collection<String> entries, AllergenGroups allergenGroups, IngredientNormalizer normalizer) {
    var avoidedBy = new HashMap<String, String>();
    var groups = new HashSet<String>();
    for (String entry : entries) {
      if (entry == null || entry.isBlank()) {
        continue;
      }
      Optional<String> group = allergenGroups.groupNamed(entry);
      if (group.isPresent()) {
        groups.add(group.get());
        allergenGroups.inci(group.get()).forEach(inci -> avoidedBy.putIfAbsent(inci, group.get()));
      } else {
        String inci = normalizer.canonical(entry);
        avoidedBy.put(inci, inci);
      }
    }
    return new AvoidList(avoidedBy, groups, allergenGroups);
  }

  /** The first ingredient, in label order, that the customer must avoid. */
  public Optional<Conflict> firstConflict(Collection<String> canonicalInci) {
    for (String inci : canonicalInci) {
      Optional<Conflict> conflict = conflict(inci);
      if (conflict.isPresent()) {
        return conflict;
      }
    }
    return Optional.empty();
  }

  /** Every ingredient the customer must avoid, in label order. */
  public List<Conflict> conflicts(Collection<String> canonicalInci) {
    var found = new ArrayList<Conflict>();
    for (String inci : canonicalInci) {
      conflict(inci).ifPresent(found::add);
    }
    return found;
  }

  /**
   * What screening can say about a product with these ingredients: its conflicts, else whether it
   * could be screened at all.
   */
  public Verdict verdict(Collection<String> canonicalInci) {
    if (isEmpty()) {
      return Verdict.SAFE;
    }
    List<Conflict> conflicts = conflicts(canonicalInci);
    if (!conflicts.isEmpty()) {
      return Verdict.conflicting(conflicts);
    }
    if (canonicalInci.isEmpty()) {
      return Verdict.notScreened(Verdict.NO_INGREDIENT_LIST, "the product has no ingredient list");
    }
    for (String inci : canonicalInci) {
      Optional<String> unreadable = allergenGroups.facts(inci).unreadable();
      if (unreadable.isPresent()) {
        return Verdict.notScreened(Verdict.UNREADABLE_INGREDIENT, unreadable.get());
      }
    }
    return Verdict.SAFE;
  }

  /** Whether screening vouches for a product with these ingredients: screened and no conflict. */
  public boolean isSafe(Collection<String> canonicalInci) {
    return verdict(canonicalInci).safe();
  }

  public boolean avoidsGroup(String group) {
    return groups.contains(group);
  }

  public boolean isEmpty() {
    return avoidedBy.isEmpty() && groups.isEmpty();
  }

  /** The avoided ingredients, for audit records. */
  public Set<String> ingredients() {
    return avoidedBy.keySet();
  }

  private Optional<Conflict> conflict(String inci) {
    String avoided = avoidedBy.get(inci);
    if (avoided != null) {
      return Optional.of(new Conflict(inci, avoided));
    }
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    for (String group : allergenGroups.facts(inci).groups()) {
      if (groups.contains(group)) {
        return Optional.of(new Conflict(inci, group));
      }
    }
    return Optional.empty();
  }
}
