package io.vitrine.tenant.checkout.screening;

import io.vitrine.tenant.ingredients.AllergenGroups;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one customer must avoid, as canonical INCI names, each with the profile entry that put
 * it there. Built once per request from the profile's allergies and avoid-list and the session's
 * allergies.
 */
public final class AvoidList {

  private static final AvoidList NOTHING = new AvoidList(Map.of(), Set.of());

  private final Map<String, String> avoidedBy;
  private final Set<String> groups;

  private AvoidList(Map<String, String> avoidedBy, Set<String> groups) {
    this.avoidedBy = Map.copyOf(avoidedBy);
    this.groups = Set.copyOf(groups);
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
    var groups = new java.util.HashSet<String>();
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
    return new AvoidList(avoidedBy, groups);
  }

  /** The first ingredient, in label order, that the customer must avoid. */
  public Optional<Conflict> firstConflict(Collection<String> canonicalInci) {
    for (String inci : canonicalInci) {
      String avoided = avoidedBy.get(inci);
      if (avoided != null) {
        return Optional.of(new Conflict(inci, avoided));
      }
    }
    return Optional.empty();
  }

  /** Every ingredient the customer must avoid, in label order. */
  public List<Conflict> conflicts(Collection<String> canonicalInci) {
    var found = new ArrayList<Conflict>();
    for (String inci : canonicalInci) {
      String avoided = avoidedBy.get(inci);
      if (avoided != null) {
        found.add(new Conflict(inci, avoided));
      }
    }
    return found;
  }

  public boolean isSafe(Collection<String> canonicalInci) {
    return firstConflict(canonicalInci).isEmpty();
  }

  public boolean avoidsGroup(String group) {
    return groups.contains(group);
  }

  public boolean isEmpty() {
    return avoidedBy.isEmpty();
  }

  /** The avoided ingredients, for audit records. */
  public Set<String> ingredients() {
    return avoidedBy.keySet();
  }
}
