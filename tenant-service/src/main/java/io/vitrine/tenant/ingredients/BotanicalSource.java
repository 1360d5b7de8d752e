package io.vitrine.tenant.ingredients;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A plant an allergen comes from, recognised in any ingredient made of it: by genus and species
 * ({@code PRUNUS AMYGDALUS}), by a genus all of whose species count ({@code MACADAMIA}) or by a
 * common name, whatever part or derivative the name goes on to describe (seed meal, glycerides,
 * hydrolyzed protein, unsaponifiables, ...).
 *
 * @param names whole-word phrases, each one word list
 * @param stems word beginnings: {@code ALMOND} in {@code ALMONDAMIDOPROPYL BETAINE}
 * @param except words naming parts that are not this allergen (rose hip is not rose oil)
 * @param requires words one of which must appear (a plant known only as an essential-oil source
 *     counts as an oil, not as an extract); empty when any name counts
 * @param borderline whether the retailer's borderline policy decides
 */
record BotanicalSource(
    String source,
    List<List<String>> names,
    List<String> stems,
    Set<String> except,
    Set<String> requires,
    boolean borderline) {

  static BotanicalSource from(JsonNode node) {
    var names = new ArrayList<List<String>>();
    node.path("names").forEach(name -> names.add(NameWords.of(name.asText())));
    var stems = new ArrayList<String>();
    node.path("stems").forEach(stem -> stems.add(stem.asText()));
    return new BotanicalSource(
        node.path("source").asText(),
        List.copyOf(names),
        List.copyOf(stems),
        words(node.path("except")),
        words(node.path("requires")),
        node.path("borderline").asBoolean(false));
  }

  private static Set<String> words(JsonNode list) {
    var words = new HashSet<String>();
    list.forEach(word -> words.add(word.asText()));
    return Set.copyOf(words);
  }

  boolean madeOf(List<String> words) {
    if (!Collections.disjoint(words, except)) {
      return false;
    }
    if (!requires.isEmpty() && Collections.disjoint(words, requires)) {
      return false;
    }
    return names.stream().anyMatch(name -> NameWords.contain(words, name)) || hasStem(words);
  }

  private boolean hasStem(List<String> words) {
    for (String word : words) {
      for (String stem : stems) {
        if (word.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }
}
