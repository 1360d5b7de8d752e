package io.vitrine.tenant.ingredients;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Cuts a printed ingredient list into items; names are left as written. */
final class IngredientListSplitter {

  private static final Pattern LABEL =
      Pattern.compile(
          "^\\s*(ingredients?|ingr[eé]dients?|inci|composition|zutaten)\\s*:",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MAY_CONTAIN =
      Pattern.compile(
          "\\b(may contain|peut contenir|kann enthalten)\\b\\s*:?|\\(?\\+\\s*/\\s*-\\)?\\s*:?",
          Pattern.CASE_INSENSITIVE);

  private IngredientListSplitter() {}

  /** Top-level items: split on commas and semicolons outside parentheses and between non-digits. */
  static List<String> items(String list) {
    if (list == null) {
      return List.of();
    }
    String text = LABEL.matcher(list).replaceFirst("");
    // EU labels bracket the "may contain" colourants: [+/- CI 77491, CI 77492].
    text = MAY_CONTAIN.matcher(text).replaceAll(",").replace('[', ',').replace(']', ',');
    return splitTopLevel(text);
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
