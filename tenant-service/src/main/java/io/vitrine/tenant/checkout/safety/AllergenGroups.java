package io.vitrine.tenant.checkout.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Allergen and avoid-list groups (fragrance, nut oils, animal-derived, ...) as canonical INCI
 * names, read from a data file, with the words customers' profiles use for each group.
 */
public final class AllergenGroups {

  /** The data file on the class path. */
  public static final String RESOURCE = "checkout/allergen-groups.json";

  private final Map<String, Set<String>> inciByGroup;
  private final Map<String, String> groupByAlias;

  AllergenGroups(Map<String, Set<String>> inciByGroup, Map<String, String> groupByAlias) {
    this.inciByGroup = Map.copyOf(inciByGroup);
    this.groupByAlias = Map.copyOf(groupByAlias);
  }

  /** The groups of the data file shipped with the service. */
  public static AllergenGroups fromClassPath(IngredientNormalizer normalizer) {
    try (InputStream in = AllergenGroups.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(new ObjectMapper().readTree(in), normalizer);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + " cannot be read", e);
    }
  }

  static AllergenGroups parse(JsonNode document, IngredientNormalizer normalizer) {
    var inciByGroup = new HashMap<String, Set<String>>();
    var groupByAlias = new HashMap<String, String>();
    document
        .path("groups")
        .fields()
        .forEachRemaining(
            group -> {
              var names = new LinkedHashSet<String>();
              group
                  .getValue()
                  .path("inci")
                  .forEach(name -> names.add(normalizer.canonical(name.asText())));
              inciByGroup.put(group.getKey(), names);
              groupByAlias.put(alias(group.getKey()), group.getKey());
              group
                  .getValue()
                  .path("aliases")
                  .forEach(a -> groupByAlias.put(alias(a.asText()), group.getKey()));
            });
    return new AllergenGroups(inciByGroup, groupByAlias);
  }

  /**
   * These groups, joined by the groups of the customer-profile API ({@code FRAGRANCE_ALLERGENS},
   * {@code TREE_NUTS}, ...): a profile stored through that API names its groups, and screening must
   * understand every one of them. A group known under both names gets the members of both.
   */
  public AllergenGroups including(io.vitrine.tenant.ingredients.AllergenGroups profileGroups) {
    var inci = new HashMap<String, Set<String>>(inciByGroup);
    var aliases = new HashMap<String, String>(groupByAlias);
    for (String name : profileGroups.names()) {
      Set<String> members = profileGroups.members(name).orElseThrow();
      String group = aliases.computeIfAbsent(alias(name), key -> key);
      inci.merge(group, members, AllergenGroups::union);
    }
    return new AllergenGroups(inci, aliases);
  }

  private static Set<String> union(Set<String> first, Set<String> second) {
    var both = new LinkedHashSet<String>(first);
    both.addAll(second);
    return both;
  }

  /** The group a profile entry names ("Fragrance", "vegan", "tree nuts"), if it names one. */
  public Optional<String> groupNamed(String entry) {
    return Optional.ofNullable(groupByAlias.get(alias(entry)));
  }

  /** The canonical INCI names of a group; empty for an unknown group. */
  public Set<String> inci(String group) {
    return inciByGroup.getOrDefault(group, Set.of());
  }

  private static String alias(String word) {
    return word.trim().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
