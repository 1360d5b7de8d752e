package io.vitrine.tenant.copilot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tools' facts as sentences, written by Vitrine whoever writes the rest: what screening says of
 * safety is never paraphrased by a model.
 */
final class FactSentences {

  private FactSentences() {}

  static String of(CopilotFacts facts) {
    var text = new StringBuilder();
    if (facts.screening() != null) {
      text.append(screening(facts.screening()));
    }
    if (facts.stock() != null) {
      text.append(stock(facts.stock()));
    }
    if (facts.loyalty() != null) {
      text.append(loyalty(facts.loyalty()));
    }
    return text.toString();
  }

  static String screening(ScreeningFact fact) {
    if (!fact.available()) {
      return "Screening cannot answer right now: treat no product as safe for this customer.\n";
    }
    if (fact.avoided().isEmpty()) {
      return "Screening needs to know what to avoid: name the allergy or ingredient, or give the"
          + " customer.\n";
    }
    if (fact.products().isEmpty()) {
      return "Screening needs the product: add it to the cart or name it.\n";
    }
    var text = new StringBuilder("Screening for " + String.join(", ", fact.avoided()) + ":\n");
    for (ScreeningFact.ProductVerdict product : fact.products()) {
      text.append("- ").append(product.name() == null ? product.sku() : product.name());
      switch (product.verdict()) {
        case ScreeningFact.ProductVerdict.CONFLICT ->
            text.append(": contains ").append(String.join(", ", product.conflicts()));
        case ScreeningFact.ProductVerdict.NO_CONFLICT -> text.append(": no conflict found");
        default ->
            text.append(": could not be screened (")
                .append(product.reason())
                .append("), do not offer it as safe");
      }
      text.append('\n');
    }
    return text.toString();
  }

  static String stock(List<StoreStock> stock) {
    if (stock.isEmpty()) {
      return "Stock: no store has a count of it.\n";
    }
    Map<String, List<StoreStock>> bySku =
        stock.stream()
            .collect(
                Collectors.groupingBy(StoreStock::sku, LinkedHashMap::new, Collectors.toList()));
    var text = new StringBuilder();
    bySku.forEach(
        (sku, stores) ->
            text.append("Stock of ")
                .append(sku)
                .append(": ")
                .append(stores.stream().map(FactSentences::count).collect(Collectors.joining(", ")))
                .append('\n'));
    return text.toString();
  }

  private static String count(StoreStock store) {
    return switch (store.status()) {
      case StoreStock.IN_STOCK -> store.quantity() + " at " + store.storeName();
      case StoreStock.STALE ->
          store.quantity() + " at " + store.storeName() + " (old count, check)";
      default -> "none at " + store.storeName();
    };
  }

  static String loyalty(LoyaltyFact fact) {
    if (!fact.member()) {
      return "Loyalty: the customer is not a member of the programme.\n";
    }
    String next =
        fact.nextTier() == null
            ? ", the top tier"
            : "; " + fact.pointsToGo() + " points to " + fact.nextTier();
    return "Loyalty: " + fact.tier() + " tier with " + fact.points() + " points" + next + ".\n";
  }
}
