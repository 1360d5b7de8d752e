package io.vitrine.tenant.ingredients;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes an ingredient part of a group beyond its exact member names: words that name the group
 * wherever they stand ({@code FRAGRANCE} in {@code NATURAL FRAGRANCE}), an oil of an aromatic plant
 * part (an essential oil), or a botanical source.
 */
final class GroupRules {

  private static final Set<String> OIL = Set.of("OIL", "OILS");

  private final List<List<String>> words;
  private final Set<String> essentialOilParts;
  private final List<BotanicalSource> sources;

  private GroupRules(
      List<List<String>> words, Set<String> essentialOilParts, List<BotanicalSource> sources) {
    this.words = words;
    this.essentialOilParts = essentialOilParts;
    this.sources = sources;
  }

  static GroupRules from(JsonNode group) {
    var words = new ArrayList<List<String>>();
    group.path("words").forEach(word -> words.add(NameWords.of(word.asText())));
    var parts = new HashSet<String>();
    group.path("essentialOilParts").forEach(part -> parts.add(part.asText()));
    var sources = new ArrayList<BotanicalSource>();
    group.path("sources").forEach(source -> sources.add(BotanicalSource.from(source)));
    return new GroupRules(List.copyOf(words), Set.copyOf(parts), List.copyOf(sources));
  }

  /** The same rules without the borderline sources. */
  GroupRules withoutBorderline() {
    return new GroupRules(
        words, essentialOilParts, sources.stream().filter(source -> !source.borderline()).toList());
  }

  boolean matches(List<String> nameWords) {
    return words.stream().anyMatch(word -> NameWords.contain(nameWords, word))
        || isEssentialOil(nameWords)
        || sources.stream().anyMatch(source -> source.madeOf(nameWords));
  }

  /** Whether only a borderline source makes the name a member. */
  boolean onlyBorderline(List<String> nameWords) {
    return !withoutBorderline().matches(nameWords)
        && sources.stream().anyMatch(source -> source.borderline() && source.madeOf(nameWords));
  }

  /** An oil named after an aromatic part: "Leaf Oil", "Flower/Leaf/Stem Oil", "Peel Oil". */
  private boolean isEssentialOil(List<String> nameWords) {
    for (int i = 1; i < nameWords.size(); i++) {
      if (OIL.contains(nameWords.get(i)) && essentialOilParts.contains(nameWords.get(i - 1))) {
        return true;
      }
    }
    return false;
  }
}
