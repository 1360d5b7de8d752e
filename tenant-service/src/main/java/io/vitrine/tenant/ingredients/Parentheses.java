package io.vitrine.tenant.ingredients;

import java.util.ArrayDeque;

/**
 * Label text with unmatched parentheses made harmless: one left open ("Fragrance, (Microcrystalline
 * Cellulose, Menthol, Linalool") would otherwise swallow the rest of the list into one item.
 */
final class Parentheses {

  private Parentheses() {}

  /** The text with every parenthesis that has no partner replaced by a space. */
  static String balanced(String text) {
    var chars = text.toCharArray();
    var open = new ArrayDeque<Integer>();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == '(') {
        open.push(i);
      } else if (chars[i] == ')') {
        if (open.isEmpty()) {
          chars[i] = ' ';
        } else {
          open.pop();
        }
      }
    }
    open.forEach(i -> chars[i] = ' ');
    return new String(chars);
  }
}
