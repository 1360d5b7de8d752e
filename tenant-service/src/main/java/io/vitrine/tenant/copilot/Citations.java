package io.vitrine.tenant.copilot;

import java.util.regex.Pattern;

/**
 * Checks a model's wording against the sources it was given: it must cite at least one, as {@code
 * [n]}, and only numbers from 1 to the count given. Anything else is not grounded and is dropped.
 */
final class Citations {

  private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})]");

  private Citations() {}

  static boolean grounded(String text, int sources) {
    if (text == null || text.isBlank()) {
      return false;
    }
    var matcher = CITATION.matcher(text);
    boolean any = false;
    while (matcher.find()) {
      int cited = Integer.parseInt(matcher.group(1));
      if (cited < 1 || cited > sources) {
        return false;
      }
      any = true;
    }
    return any;
  }
}
