package io.vitrine.tenant.ingredients;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a canonical INCI name: runs of letters and digits, so that {@code PEG-16 MACADAMIA
 * GLYCERIDES} reads {@code [PEG, 16, MACADAMIA, GLYCERIDES]} and {@code FRAGRANCE/FLAVOR} reads
 * {@code [FRAGRANCE, FLAVOR]}.
 */
final class NameWords {

  private NameWords() {}

  static List<String> of(String canonicalName) {
    var words = new ArrayList<String>();
    int start = -1;
    for (int i = 0; i <= canonicalName.length(); i++) {
      boolean inWord =
          i < canonicalName.length() && Character.isLetterOrDigit(canonicalName.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(canonicalName.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  /** Whether {@code phrase} occurs in {@code words} as consecutive whole words. */
  static boolean contain(List<String> words, List<String> phrase) {
    for (int i = 0; i + phrase.size() <= words.size(); i++) {
      if (words.subList(i, i + phrase.size()).equals(phrase)) {
        return true;
      }
    }
    return false;
  }
}
