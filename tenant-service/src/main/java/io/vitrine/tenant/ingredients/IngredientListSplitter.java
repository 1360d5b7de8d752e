package io.vitrine.tenant.ingredients;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a printed ingredient list into items; names are left as written. Retailers' copy around the
 * list goes: a disclaimer sentence ("Please be aware that ingredient lists may change ..."), and a
 * footnote that only qualifies ingredients ("*Organic", "**Natural origin", "* Essential Oil"). A
 * footnote that says anything else stays, as an item screening cannot read.
 */
final class IngredientListSplitter {

  private static final Pattern LABEL =
      Pattern.compile(
          "^\\s*(ingredients?|ingr[eé]dients?|inci|composition|zutaten)\\s*:",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MAY_CONTAIN =
      Pattern.compile(
          "\\b(may contain|peut contenir|kann enthalten)\\b\\s*:?|\\(?\\+\\s*/\\s*-\\)?\\s*:?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DISCLAIMER =
      Pattern.compile(
          "\\bplease\\s+(be\\s+aware|refer|note|consult|check)\\b[^.]*\\.?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FOOTNOTE = Pattern.compile("(?:^|\\s)[*†‡°§¹²³⁴⁵⁶⁷⁸⁹⁰]+\\s*\\S");
  private static final Pattern OTHER_SEPARATORS = Pattern.compile("[•·\\n\\r]");
  private static final Pattern SPACED_LOCANTS = Pattern.compile("(\\d),\\s+(\\d-)");

  /**
   * The words of a footnote that only says how ingredients were grown or where they come from. A
   * footnote naming anything else ("*Fragrances of natural origin", "* Essential Oil") stays.
   */
  private static final Set<String> QUALIFYING =
      Set.of(
          "ORGANIC",
          "ORGANICALLY",
          "CERTIFIED",
          "GROWN",
          "INGREDIENT",
          "INGREDIENTS",
          "FROM",
          "FARMING",
          "AGRICULTURE",
          "BIOLOGICAL",
          "BIO",
          "NATURAL",
          "NATURALLY",
          "DERIVED",
          "ORIGIN",
          "PLANT",
          "OF",
          "THE",
          "FAIR",
          "TRADE",
          "FAIRTRADE",
          "WILDCRAFTED",
          "ECOCERT",
          "COSMOS",
          "CONTROLLED");

  private IngredientListSplitter() {}

  /** Top-level items: split on commas and semicolons outside parentheses and between non-digits. */
  static List<String> items(String list) {
    if (list == null) {
      return List.of();
    }
    String text = LABEL.matcher(list).replaceFirst("");
    text = DISCLAIMER.matcher(text).replaceAll(" ");
    text = OTHER_SEPARATORS.matcher(text).replaceAll(",");
    text = SPACED_LOCANTS.matcher(text).replaceAll("$1,$2"); // "1, 2-Hexanediol"
    // EU labels bracket the "may contain" colourants: [+/- CI 77491, CI 77492].
    text = MAY_CONTAIN.matcher(text).replaceAll(",").replace('[', ',').replace(']', ',');
    List<String> printed = splitTopLevel(Parentheses.balanced(text));
    var items = new ArrayList<String>();
    for (int i = 0; i < printed.size(); i++) {
      String item = printed.get(i);
      boolean last = i == printed.size() - 1;
      if (!last && startsWithMarker(item)) {
        items.add(item); // "**Fragrance" mid-list: an ingredient the label's footnote qualifies
      } else {
        withoutQualifyingFootnote(item, items);
      }
    }
    return items;
  }

  private static boolean startsWithMarker(String item) {
    Matcher footnote = FOOTNOTE.matcher(item);
    return footnote.find() && footnote.start() == 0;
  }

  /** Adds the item, cut from a footnote it runs into: "Tocopherol. *Organic" is "Tocopherol". */
  private static void withoutQualifyingFootnote(String item, List<String> items) {
    Matcher footnote = FOOTNOTE.matcher(item);
    if (!footnote.find()) {
      items.add(item);
      return;
    }
    addIfNotBlank(items, item.substring(0, footnote.start()));
    String note = item.substring(footnote.start());
    if (!QUALIFYING.containsAll(lettered(NameWords.of(note.toUpperCase(Locale.ROOT))))) {
      addIfNotBlank(items, note);
    }
  }

  private static List<String> lettered(List<String> words) {
    return words.stream().filter(word -> word.chars().anyMatch(Character::isLetter)).toList();
  }

  /** The items inside an item's top-level parentheses: {@code Parfum (Limonene, Linalool)}. */
  static List<String> parenthesised(String item) {
    var inner = new ArrayList<String>();
    int depth = 0;
    int start = -1;
    for (int i = 0; i < item.length(); i++) {
      char c = item.charAt(i);
      if (c == '(' && depth++ == 0) {
        start = i + 1;
      } else if (c == ')' && depth > 0 && --depth == 0) {
        inner.addAll(splitTopLevel(item.substring(start, i)));
      }
    }
    return inner;
  }

  private static List<String> splitTopLevel(String text) {
    var items = new ArrayList<String>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (depth == 0 && isSeparator(text, i)) {
        addIfNotBlank(items, text.substring(start, i));
        start = i + 1;
      }
    }
    addIfNotBlank(items, text.substring(start));
    return items;
  }

  private static boolean isSeparator(String text, int i) {
    char c = text.charAt(i);
    if (c == ';') {
      return true;
    }
    if (c != ',') {
      return false;
    }
    boolean digitBefore = i > 0 && Character.isDigit(text.charAt(i - 1));
    boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
    return !(digitBefore && digitAfter);
  }

  private static void addIfNotBlank(List<String> items, String item) {
    if (!item.isBlank()) {
      items.add(item.strip());
    }
  }
}
