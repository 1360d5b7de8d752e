package io.vitrine.tenant.ingredients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Groups of INCI names a customer may avoid as a whole (fragrance: perfume and the fragrance
 * allergens EU Regulation 2023/1545 lists; nuts; animal-derived; parabens; ...), from the resource
 * {@code /ingredients/allergen-groups.json}. Members are canonical INCI names; screening also
 * recognises an ingredient by what it is ({@link #facts}): a botanical source by genus and species
 * in any part or derivative, an essential oil, a fragrance word in any name.
 *
 * <p>A group is known by three kinds of words. Its id ({@code fragrance}) is what screening reports
 * a conflict under. Its name ({@code FRAGRANCE_ALLERGENS}) is the one word the customer-profile API
 * and the catalog's ingredient filter take for the group ({@link #names()}, {@link #members},
 * {@link #expand}). Its aliases ({@code parfum}, {@code vegan}, {@code tree nuts}) are what shopper
 * profiles also write, and only {@link #groupNamed} reads them: in the catalog filter "Fragrance"
 * is the ingredient PARFUM, not the group.
 *
 * <p>Thread-safe and immutable; {@link #standard()} is the shared instance.
 */
public final class AllergenGroups {

  private static final String RESOURCE = "/ingredients/allergen-groups.json";
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");
  private static final AllergenGroups STANDARD =
      fromClassPath(InciNormalizer.standard()::canonical);
  private static final int FACTS_KEPT = 200_000;

  private final Map<String, Set<String>> membersById = new HashMap<>();
  private final Map<String, String> idByName = new HashMap<>();
  private final Map<String, String> idByWord = new HashMap<>();
  private final Map<String, GroupRules> rulesById = new LinkedHashMap<>();
  private final Set<String> names = new LinkedHashSet<>();
  private final Map<String, IngredientFacts> factsByName = new ConcurrentHashMap<>();
  private final UnaryOperator<String> canonical;
  private final BorderlineNuts borderline;

  private AllergenGroups(
      JsonNode groups, UnaryOperator<String> canonical, BorderlineNuts borderline) {
    this.canonical = canonical;
    this.borderline = borderline;
    groups.fields().forEachRemaining(group -> add(group.getKey(), group.getValue()));
  }

  private void add(String id, JsonNode group) {
    GroupRules rules = GroupRules.from(group);
    Set<String> inci = members(group);
    if (borderline == BorderlineNuts.EXCLUDE) {
      inci.removeIf(member -> rules.onlyBorderline(NameWords.of(member)));
    }
    membersById.put(id, Set.copyOf(inci));
    rulesById.put(id, borderline == BorderlineNuts.EXCLUDE ? rules.withoutBorderline() : rules);
    String name = group.path("name").asText();
    names.add(name);
    idByName.put(key(name), id);
    idByWord.put(key(id), id);
    idByWord.put(key(name), id);
    group.path("aliases").forEach(alias -> idByWord.put(key(alias.asText()), id));
  }

  private Set<String> members(JsonNode group) {
    var inci = new LinkedHashSet<String>();
    group.path("inci").forEach(name -> inci.add(canonical.apply(name.asText())));
    if (group.hasNonNull("listed")) {
      ListedNames.read(group.path("listed").asText()).forEach(n -> inci.add(canonical.apply(n)));
    }
    return inci;
  }

  /** The groups of the shipped table, members resolved through the standard INCI synonyms. */
  public static AllergenGroups standard() {
    return STANDARD;
  }

  /**
   * The groups of the shipped table, members resolved by {@code canonical} (a simpler normaliser in
   * tests, for instance).
   */
  public static AllergenGroups fromClassPath(UnaryOperator<String> canonical) {
    return fromClassPath(canonical, BorderlineNuts.INCLUDE);
  }

  /** The shipped groups under a retailer's policy for borderline nut sources. */
  public static AllergenGroups standard(BorderlineNuts borderline) {
    return borderline == BorderlineNuts.INCLUDE
        ? STANDARD
        : fromClassPath(InciNormalizer.standard()::canonical, borderline);
  }

  /** The shipped groups, members resolved by {@code canonical}, under a borderline-nut policy. */
  public static AllergenGroups fromClassPath(
      UnaryOperator<String> canonical, BorderlineNuts borderline) {
    try (InputStream in = AllergenGroups.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new AllergenGroups(
          new ObjectMapper().readTree(in).path("groups"), canonical, borderline);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Every group's name, upper case ({@code FRAGRANCE_ALLERGENS}, {@code PARABENS}, ...). */
  public Set<String> names() {
    return Collections.unmodifiableSet(names);
  }

  /**
   * The canonical INCI names of the group of that name ({@code fragrance allergens} in any case and
   * spacing), or empty when no group has that name. Aliases are not names.
   */
  public Optional<Set<String>> members(String name) {
    return Optional.ofNullable(idByName.get(key(name))).map(membersById::get);
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
      members(entry).ifPresentOrElse(names::addAll, () -> names.add(canonical.apply(entry)));
    }
    return names;
  }

  /**
   * The id of the group a profile entry names by id, name or alias ({@code "Fragrance"}, {@code
   * "FRAGRANCE_ALLERGENS"}, {@code "vegan"}, {@code "tree nuts"}), if it names one.
   */
  public Optional<String> groupNamed(String entry) {
    return Optional.ofNullable(idByWord.get(key(entry)));
  }

  /** The canonical INCI names of the group with that id; empty for an unknown id. */
  public Set<String> inci(String id) {
    return membersById.getOrDefault(id, Set.of());
  }

  /**
   * The groups a canonical ingredient name belongs to by what it is, and whether it reads as an
   * ingredient name at all. Worked out once per name and kept: product labels repeat a catalog's
   * vocabulary, so screening a cart only looks names up.
   */
  public IngredientFacts facts(String canonicalName) {
    IngredientFacts known = factsByName.get(canonicalName);
    if (known != null) {
      return known;
    }
    IngredientFacts facts = describe(canonicalName);
    if (factsByName.size() < FACTS_KEPT) {
      factsByName.put(canonicalName, facts);
    }
    return facts;
  }

  private IngredientFacts describe(String canonicalName) {
    List<String> words = NameWords.of(canonicalName);
    var alternatives = new LinkedHashSet<String>();
    alternatives.add(canonicalName);
    for (String part : canonicalName.split("/")) {
      if (part.chars().anyMatch(Character::isLetterOrDigit)) {
        alternatives.add(canonical.apply(part));
      }
    }
    var groups = new LinkedHashSet<String>();
    membersById.forEach(
        (id, members) -> {
          if (!Collections.disjoint(members, alternatives) || rulesById.get(id).matches(words)) {
            groups.add(id);
          }
        });
    return new IngredientFacts(groups, ReadableNames.problem(canonicalName, words));
  }

  /**
   * Case, spaces, hyphens and underscores folded: {@code Tree_Nuts} and {@code tree nuts} match.
   */
  private static String key(String word) {
    return SEPARATORS.matcher(word.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
  }
}
