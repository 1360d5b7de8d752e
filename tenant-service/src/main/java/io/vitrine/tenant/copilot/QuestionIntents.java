package io.vitrine.tenant.copilot;

import io.vitrine.tenant.ingredients.AllergenGroups;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which tools a question needs, read from its words: stock, loyalty, or ingredients (then with the
 * allergen groups it names, "nuts", "fragrance", "parabens", "vegan" ...). Deliberately plain: a
 * tool that is not needed only adds a fact, and an ingredient question always goes to screening.
 */
record QuestionIntents(boolean stock, boolean loyalty, boolean ingredients, Set<String> groups) {

  private static final Pattern STOCK =
      Pattern.compile(
          "\\b(stock|stocks|available|availability|sold out|carry|carries|which stores?|other"
              + " stores?|in store|have (it|any|one))\\b");
  private static final Pattern LOYALTY =
      Pattern.compile("\\b(points?|tier|loyalty|member(ship)?|rewards?)\\b");
  private static final Pattern INGREDIENTS =
      Pattern.compile(
          "\\b(ingredients?|inci|allerg\\w*|contains?|containing|free of|\\w+-free|safe|react\\w*"
              + "|irritat\\w*|sensitiv\\w*)\\b");
  private static final Pattern WORD = Pattern.compile("[a-z]+(?:-[a-z]+)?");

  static QuestionIntents of(String question, AllergenGroups allergens) {
    String text = question.toLowerCase(Locale.ROOT);
    Set<String> groups = groupsNamed(text, allergens);
    return new QuestionIntents(
        STOCK.matcher(text).find(),
        LOYALTY.matcher(text).find(),
        !groups.isEmpty() || INGREDIENTS.matcher(text).find(),
        groups);
  }

  /** Group ids named by a word or two words of the question ("tree nuts", "fragrance-free"). */
  private static Set<String> groupsNamed(String text, AllergenGroups allergens) {
    List<String> words = new ArrayList<>();
    WORD.matcher(text).results().forEach(match -> words.add(match.group()));
    var groups = new LinkedHashSet<String>();
    for (int i = 0; i < words.size(); i++) {
      allergens.groupNamed(words.get(i)).ifPresent(groups::add);
      if (i + 1 < words.size()) {
        allergens.groupNamed(words.get(i) + " " + words.get(i + 1)).ifPresent(groups::add);
      }
    }
    return groups;
  }
}
