package io.vitrine.tenant.ingredients;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells an ingredient name from text that only stands where one should: a sentence ("Visit the
 * SEPHORA COLLECTION boutique"), a spreadsheet error ({@code #NAME?}), a kit's sub-heading ("The
 * Charcoal Mask: Water"), a list run together without commas. Screening cannot vouch for a product
 * with such an item, so it reports the product as not screened rather than free of anything.
 */
final class ReadableNames {

  private static final Pattern INCI_CHARACTERS = Pattern.compile("[A-Z0-9 .'/&+\\-]+");
  private static final Pattern DIGIT_COMMA = Pattern.compile("(?<=\\d),(?=\\d)");
  private static final int MOST_WORDS = 12;

  /** Words of prose and of label notes, never of an INCI name. */
  private static final Set<String> PROSE =
      Set.of(
          "THE",
          "OF",
          "FROM",
          "FOR",
          "TO",
          "IS",
          "ARE",
          "WITH",
          "AND",
          "OR",
          "OU",
          "YOUR",
          "OUR",
          "PLEASE",
          "VISIT",
          "SEE",
          "REFER",
          "BOUTIQUE",
          "PACKAGE",
          "PACKAGING",
          "INFO",
          "LIST",
          "INGREDIENT",
          "INGREDIENTS",
          "CERTIFIED",
          "FARMING",
          "ORIGIN",
          "BLEND",
          "GRADE",
          "FORMULA",
          "STEP",
          "CONTAINS",
          "PERCENT");

  private ReadableNames() {}

  /** Why {@code canonicalName} is not an ingredient name, or empty when it reads as one. */
  static Optional<String> problem(String canonicalName, List<String> words) {
    if (words.stream().noneMatch(ReadableNames::hasLetter)) {
      return Optional.of("no ingredient name in '" + canonicalName + "'");
    }
    if (!INCI_CHARACTERS.matcher(DIGIT_COMMA.matcher(canonicalName).replaceAll("")).matches()) {
      return Optional.of("cannot read '" + canonicalName + "'");
    }
    if (words.size() > MOST_WORDS || !Collections.disjoint(words, PROSE)) {
      return Optional.of("not an ingredient name: '" + canonicalName + "'");
    }
    return Optional.empty();
  }

  private static boolean hasLetter(String word) {
    return word.chars().anyMatch(Character::isLetter);
  }
}
