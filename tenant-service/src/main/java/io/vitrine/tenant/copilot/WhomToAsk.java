package io.vitrine.tenant.copilot;

import java.util.Locale;
import java.util.regex.Pattern;

/** Whom an associate should ask when the knowledge base and the catalog have nothing. */
final class WhomToAsk {

  private static final Pattern POLICY =
      Pattern.compile("\\b(return|refund|exchange|receipt|warrant\\w*|guarantee|repair\\w*)\\b");

  private WhomToAsk() {}

  static String about(String question, QuestionIntents intents) {
    String text = question.toLowerCase(Locale.ROOT);
    if (POLICY.matcher(text).find()) {
      return "your store manager, who has the retailer's current return, warranty and repair"
          + " terms";
    }
    if (intents.ingredients()) {
      return "the brand's representative, who has the full formula; do not guess about"
          + " allergies";
    }
    return "your store manager or the brand's representative";
  }
}
