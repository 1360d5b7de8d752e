package io.vitrine.tenant.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.tenant.checkout.catalog.CheckoutProduct;
import io.vitrine.tenant.checkout.ranking.AcceptancePriors;
import io.vitrine.tenant.checkout.ranking.Complement;
import io.vitrine.tenant.checkout.ranking.ComplementCandidate;
import io.vitrine.tenant.checkout.ranking.RankedSuggestion;
import io.vitrine.tenant.checkout.ranking.Ranker;
import io.vitrine.tenant.checkout.ranking.RankingInput;
import io.vitrine.tenant.checkout.ranking.Shopper;
import io.vitrine.tenant.checkout.screening.AvoidList;
import io.vitrine.tenant.checkout.screening.CartScreening;
import io.vitrine.tenant.checkout.screening.LabelCorpus;
import io.vitrine.tenant.checkout.screening.LabelCorpus.Label;
import io.vitrine.tenant.ingredients.AllergenGroups;
import io.vitrine.tenant.ingredients.InciNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link AllergenSafetyPropertyTest} over real labels instead of the project's own vocabulary:
 * catalogs drawn from the 353 published labels of {@link LabelCorpus}, read as the catalog import
 * reads them, and the oracle is what a person found reading each label, not the allergen table
 * screening itself uses.
 */
class CorpusSafetyPropertyTest {

  private static final List<Label> CORPUS = LabelCorpus.labels();
  private static final InciNormalizer INCI = InciNormalizer.standard();
  private static final AllergenGroups GROUPS = AllergenGroups.standard();
  private static final List<CheckoutProduct> PRODUCTS = products();

  /** Profile entries, each with what a reader's annotation says the customer must not get. */
  private static final Map<String, Predicate<Label>> FORBIDDEN =
      Map.of(
          "fragrance",
          Label::fragrance,
          "FRAGRANCE_ALLERGENS",
          Label::fragrance,
          "tree nuts",
          label -> label.nuts(true),
          "peanut",
          label -> label.nuts(true));

  private final Ranker ranker = new Ranker();

  @Property(tries = 300)
  void noSuggestionContainsWhatAReaderFoundTheCustomersAllergyIn(
      @ForAll("scenarios") Scenario scenario) {
    List<RankedSuggestion> suggestions = ranker.rank(scenario.input(), 3);

    for (RankedSuggestion suggestion : suggestions) {
      Label label = CORPUS.get(Integer.parseInt(suggestion.sku()));
      if (!scenario.profile().isEmpty()) {
        assertThat(label.noList()).as("%s is no ingredient list", label.id()).isFalse();
      }
      for (String entry : scenario.profile()) {
        assertThat(FORBIDDEN.get(entry).test(label)).as("%s for %s", label.id(), entry).isFalse();
      }
    }
    Statistics.label("suggestions to an allergic customer")
        .collect(!scenario.profile().isEmpty() && !suggestions.isEmpty());
  }

  @Property(tries = 300)
  void screeningAlertsOnEveryCartLineAReaderFoundTheAllergyIn(
      @ForAll("scenarios") Scenario scenario) {
    var result =
        CartScreening.screen(
            scenario.input().cartSkus(),
            scenario.input().products(),
            scenario.input().shopper().avoid(),
            category -> List.copyOf(scenario.input().products().keySet()),
            scenario.input().inStock(),
            3);

    var alerted = new HashSet<String>();
    result.conflicts().forEach(line -> alerted.add(line.product().sku()));
    for (String sku : scenario.input().cartSkus()) {
      Label label = CORPUS.get(Integer.parseInt(sku));
      boolean forbidden =
          scenario.profile().stream().anyMatch(entry -> FORBIDDEN.get(entry).test(label));
      if (forbidden && !label.noList()) {
        assertThat(alerted).as(label.id()).contains(sku);
      }
      if (label.noList() && !scenario.profile().isEmpty()) {
        assertThat(alerted.contains(sku) || result.unscreened().contains(sku)).isTrue();
      }
    }
  }

  record Scenario(List<String> profile, RankingInput input) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<List<Integer>> picks =
        Arbitraries.integers().between(0, CORPUS.size() - 1).list().ofMinSize(1).ofMaxSize(40);
    Arbitrary<List<String>> profile =
        Arbitraries.of(List.copyOf(FORBIDDEN.keySet())).list().ofMaxSize(2).uniqueElements();
    return Combinators.combine(picks, picks, profile).as(CorpusSafetyPropertyTest::scenario);
  }

  private static Scenario scenario(
      List<Integer> catalogPicks, List<Integer> cartPicks, List<String> profile) {
    var products = new LinkedHashMap<String, CheckoutProduct>();
    catalogPicks.forEach(pick -> products.put(PRODUCTS.get(pick).sku(), PRODUCTS.get(pick)));
    List<String> cart =
        cartPicks.stream().limit(4).map(pick -> PRODUCTS.get(pick).sku()).distinct().toList();
    cart.forEach(sku -> products.put(sku, PRODUCTS.get(Integer.parseInt(sku))));
    var complements = new ArrayList<ComplementCandidate>();
    products.keySet().stream()
        .filter(sku -> !cart.contains(sku))
        .forEach(
            sku ->
                complements.add(
                    new ComplementCandidate(sku, cart.get(0), new Complement("c", 1, "goes"))));
    AvoidList avoid = AvoidList.of(profile, GROUPS, INCI::canonical);
    AcceptancePriors priors = (anchor, candidate) -> 1.0;
    var input =
        new RankingInput(
            cart,
            Map.copyOf(products),
            List.of(),
            complements,
            List.of(),
            new Shopper(avoid, null, Set.of(), null),
            Set.copyOf(products.keySet()),
            priors);
    return new Scenario(profile, input);
  }

  private static List<CheckoutProduct> products() {
    var products = new ArrayList<CheckoutProduct>();
    for (int i = 0; i < CORPUS.size(); i++) {
      Label label = CORPUS.get(i);
      products.add(
          new CheckoutProduct(
              String.valueOf(i),
              label.product(),
              label.brand(),
              "cream",
              INCI.split(label.text()),
              false,
              Set.of(),
              false));
    }
    return List.copyOf(products);
  }
}
