package io.vitrine.tenant.ingredients;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns ingredient names as product feeds and customers write them into canonical INCI names: upper
 * case, single spaces, plain ASCII punctuation, common and trade names replaced by their INCI name
 * (Fragrance and Aroma become PARFUM, Water becomes AQUA, Lilial becomes BUTYLPHENYL
 * METHYLPROPIONAL), footnote markers, percentages and "organic" dropped ({@code Organic Aloe Vera*
 * 5%} is ALOE VERA). The synonyms come from the resource {@code /ingredients/inci-synonyms.txt};
 * the names of the EU fragrance allergen list are known too.
 *
 * <p>Thread-safe and immutable; {@link #standard()} is the shared instance.
 */
public final class InciNormalizer {

  private static final String SYNONYMS = "/ingredients/inci-synonyms.txt";
  private static final String FRAGRANCE_ALLERGENS = "/ingredients/fragrance-allergens.tsv";
  private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
  private static final Pattern MARKERS = Pattern.compile("[*°†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+");
  private static final Pattern PERCENTAGE = Pattern.compile("[<>≤≥]?\\s*\\d+(?:[.,]\\d+)?\\s*%");
  private static final Pattern ORGANIC = Pattern.compile("^(?:CERTIFIED\\s+)?ORGANIC\\s+");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");
  private static final Pattern SPACED_HYPHEN = Pattern.compile("\\s*-\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern COLOUR_INDEX = Pattern.compile("^CI\\s*(\\d{5})$");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s.,;:]+");

  private static final InciNormalizer STANDARD =
      new InciNormalizer(withNamesOf(NameTable.read(SYNONYMS), FRAGRANCE_ALLERGENS));

  private final Map<String, String> canonicalBySpelling;
  private final Set<String> known;

  InciNormalizer(Map<String, List<String>> synonymsByName) {
    canonicalBySpelling = new HashMap<>();
    known = new LinkedHashSet<>();
    synonymsByName.forEach(
        (name, synonyms) -> {
          String canonical = spelling(name);
          known.add(canonical);
          canonicalBySpelling.put(canonical, canonical);
          synonyms.forEach(synonym -> canonicalBySpelling.put(spelling(synonym), canonical));
        });
  }

  /**
   * The synonym table, with the names of a regulatory list known too (as names without synonyms).
   */
  private static Map<String, List<String>> withNamesOf(
      Map<String, List<String>> synonyms, String list) {
    var table = new LinkedHashMap<>(synonyms);
    ListedNames.read(list).forEach(name -> table.putIfAbsent(name, List.of()));
    return table;
  }

  /** The instance built from the shipped synonym table and fragrance allergen list. */
  public static InciNormalizer standard() {
    return STANDARD;
  }

  /**
   * The canonical INCI name of one ingredient, e.g. {@code " fragrance "} gives {@code PARFUM} and
   * {@code "Citrus Aurantium Dulcis (Orange) Peel Oil"} gives {@code CITRUS AURANTIUM DULCIS PEEL
   * OIL}. Unknown names are kept, in canonical spelling.
   *
   * @throws IllegalArgumentException when nothing is left of the name
   */
  public String canonical(String name) {
    String spelled = spelling(withoutParentheses(name));
    if (spelled.isEmpty()) {
      spelled = spelling(name.replaceAll("[()\\[\\]]", " "));
    }
    if (spelled.isEmpty()) {
      throw new IllegalArgumentException("an ingredient name must not be blank");
    }
    return resolve(spelled);
  }

  /** Canonical names of {@code names}, in order, without duplicates. */
  public Set<String> canonicalAll(Collection<String> names) {
    var canonical = new LinkedHashSet<String>();
    for (String name : names) {
      if (name != null && !name.isBlank()) {
        canonical.add(canonical(name));
      }
    }
    return canonical;
  }

  /**
   * Whether {@code canonicalName} is in the synonym table (as an INCI name, not a synonym). Names
   * not known here are still valid INCI names: the table lists only the ones with synonyms or a
   * role in allergen groups.
   */
  public boolean isKnown(String canonicalName) {
    return known.contains(canonicalName);
  }

  /**
   * Splits an ingredient list as printed on a label into canonical names, in order, without
   * duplicates: {@code "Aqua, Glycerin, Parfum (Fragrance), Linalool"} gives {@code [AQUA,
   * GLYCERIN, PARFUM, LINALOOL]}. Commas and semicolons separate ingredients except between digits
   * ({@code 1,2-Hexanediol}); a leading {@code Ingredients:} label and "may contain" markers are
   * dropped (what a product may contain is listed, to be safe); a parenthesis that names another
   * known ingredient ({@code Parfum (Limonene)}) adds it, one that only glosses the name ({@code
   * (Fragrance)}, {@code (Orange)}) does not.
   */
  public List<String> split(String ingredientList) {
    var names = new LinkedHashSet<String>();
    for (String item : IngredientListSplitter.items(ingredientList)) {
      Optional<String> outer = canonicalOrEmpty(withoutParentheses(item));
      outer.ifPresent(names::add);
      for (String inner : IngredientListSplitter.parenthesised(item)) {
        canonicalOrEmpty(inner)
            .filter(name -> outer.isEmpty() || known.contains(name))
            .ifPresent(names::add);
      }
    }
    return new ArrayList<>(names);
  }

  /** The name without its glosses, nested ones too: "Butter (Butyrospermum Parkii (Shea))". */
  private static String withoutParentheses(String name) {
    String text = name;
    String previous;
    do {
      previous = text;
      text = PARENTHESES.matcher(text).replaceAll(" ");
    } while (!text.equals(previous));
    return text;
  }

  private Optional<String> canonicalOrEmpty(String name) {
    String spelled = spelling(name);
    return spelled.isEmpty() ? Optional.empty() : Optional.of(resolve(spelled));
  }

  private String resolve(String spelled) {
    String direct = canonicalBySpelling.get(spelled);
    if (direct != null) {
      return direct;
    }
    return slashedSynonyms(spelled).orElse(spelled);
  }

  /** {@code AQUA/WATER/EAU}: the EU glossary's spelling of one ingredient in several languages. */
  private Optional<String> slashedSynonyms(String spelled) {
    if (spelled.indexOf('/') < 0) {
      return Optional.empty();
    }
    var resolved = new LinkedHashSet<String>();
    for (String part : spelled.split("/")) {
      resolved.add(canonicalBySpelling.getOrDefault(spelling(part), spelling(part)));
    }
    return resolved.size() == 1 ? Optional.of(resolved.iterator().next()) : Optional.empty();
  }

  /** Case, accents, dashes, markers and spacing made uniform; nothing looked up. */
  static String spelling(String name) {
    String text = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    text = DASHES.matcher(text).replaceAll("-");
    text = text.replace('\u2019', '\'').replace('\u2018', '\'');
    text = text.replace('\\', '/').replace("\uFFFD", " ");
    text = MARKERS.matcher(text).replaceAll(" ");
    text = PERCENTAGE.matcher(text).replaceAll(" ");
    text = SPACES.matcher(text).replaceAll(" ").strip();
    text = SPACED_HYPHEN.matcher(text).replaceAll("-");
    text = text.replaceAll("\\s*/\\s*", "/");
    text = TRAILING_PUNCTUATION.matcher(text).replaceAll("");
    text = LEADING_PUNCTUATION.matcher(text).replaceAll("");
    text = ORGANIC.matcher(text.toUpperCase(Locale.ROOT)).replaceFirst("");
    return COLOUR_INDEX.matcher(text).replaceAll("CI $1");
  }
}
