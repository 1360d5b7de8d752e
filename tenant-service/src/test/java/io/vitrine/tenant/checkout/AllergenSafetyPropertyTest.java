package io.vitrine.tenant.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.tenant.checkout.catalog.CheckoutProduct;
import io.vitrine.tenant.checkout.ranking.AcceptancePriors;
import io.vitrine.tenant.checkout.ranking.CoPurchase;
import io.vitrine.tenant.checkout.ranking.Complement;
import io.vitrine.tenant.checkout.ranking.ComplementCandidate;
import io.vitrine.tenant.checkout.ranking.ContentMatch;
import io.vitrine.tenant.checkout.ranking.RankedSuggestion;
import io.vitrine.tenant.checkout.ranking.Ranker;
import io.vitrine.tenant.checkout.ranking.RankingInput;
import io.vitrine.tenant.checkout.ranking.Shopper;
import io.vitrine.tenant.checkout.screening.AvoidList;
import io.vitrine.tenant.checkout.screening.CartScreening;
import io.vitrine.tenant.checkout.screening.UpperCaseInci;
import io.vitrine.tenant.ingredients.AllergenGroups;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Allergen safety is a hard filter: over generated catalogs, carts, stock, evidence and customer
 * profiles, no suggestion and no screening alternative ever contains an ingredient the customer
 * must avoid, and screening misses no conflicting line.
 */
class AllergenSafetyPropertyTest {

  private static final UpperCaseInci NORMALIZER = new UpperCaseInci();
  private static final AllergenGroups GROUPS = AllergenGroups.fromClassPath(NORMALIZER::canonical);

  /** Ingredients as a label may write them: mixed case and spacing, allergens and neutral ones. */
  private static final List<String> INGREDIENTS =
      List.of(
          "Aqua",
          "GLYCERIN",
          "Niacinamide",
          "dimethicone",
          "TOCOPHEROL",
          "Phenoxyethanol",
          "Parfum",
          "Aroma",
          "FRAGRANCE",
          "Linalool",
          "limonene",
          "Citronellol",
          "COUMARIN",
          "Benzyl  Alcohol",
          "Prunus Amygdalus Dulcis Oil",
          "ARGANIA SPINOSA KERNEL OIL",
          "Butyrospermum Parkii Butter",
          "Cera Alba",
          "LANOLIN",
          "Carmine",
          "Mel",
          "Methylparaben",
          "Retinol",
          "SALICYLIC ACID",
          "Squalane");

  /** Profile entries: group names and aliases, and single ingredients. */
  private static final List<String> PROFILE_ENTRIES =
      List.of(
          "fragrance",
          "Perfume",
          "nuts",
          "tree nuts",
          "vegan",
          "parabens",
          "lanolin",
          "Retinol",
          "salicylic acid",
          "PHENOXYETHANOL",
          "Squalane",
          "unknown-word");

  private static final List<String> CATEGORIES =
      List.of("serum", "moisturizer", "foundation", "primer", "makeup-remover", "cleanser");

  private final Ranker ranker = new Ranker();

  @Property(tries = 500)
  void noSuggestionContainsAnAvoidedIngredient(@ForAll("scenarios") Scenario scenario) {
    List<RankedSuggestion> suggestions = ranker.rank(scenario.input(), 3);

    Set<String> forbidden = forbidden(scenario.profile());
    for (RankedSuggestion suggestion : suggestions) {
      CheckoutProduct product = scenario.products().get(suggestion.sku());
      assertThat(product.inci()).filteredOn(forbidden::contains).isEmpty();
      assertThat(scenario.input().inStock()).contains(suggestion.sku());
      assertThat(scenario.input().cartSkus()).doesNotContain(suggestion.sku());
    }
    assertThat(suggestions).hasSizeLessThanOrEqualTo(3);
    Statistics.label("suggestions for an avoiding customer")
        .collect(!forbidden.isEmpty() && !suggestions.isEmpty());
    assertThat(suggestions.stream().map(RankedSuggestion::sku)).doesNotHaveDuplicates();
  }

  @Property(tries = 500)
  void screeningFlagsEveryConflictingLineAndOffersOnlySafeAlternatives(
      @ForAll("scenarios") Scenario scenario) {
    Map<String, List<String>> byCategory =
        scenario.products().values().stream()
            .collect(
                Collectors.groupingBy(
                    CheckoutProduct::category,
                    Collectors.mapping(CheckoutProduct::sku, Collectors.toList())));
    var result =
        CartScreening.screen(
            scenario.input().cartSkus(),
            scenario.products(),
            scenario.input().shopper().avoid(),
            category -> byCategory.getOrDefault(category, List.of()),
            scenario.input().inStock(),
            3);

    Set<String> forbidden = forbidden(scenario.profile());
    Set<String> expectedLines =
        scenario.input().cartSkus().stream()
            .filter(
                sku -> scenario.products().get(sku).inci().stream().anyMatch(forbidden::contains))
            .collect(Collectors.toSet());
    assertThat(result.conflicts().stream().map(line -> line.product().sku()))
        .containsExactlyInAnyOrderElementsOf(expectedLines);
    for (var line : result.conflicts()) {
      assertThat(line.conflicts())
          .allSatisfy(conflict -> assertThat(forbidden).contains(conflict.ingredient()));
      for (CheckoutProduct alternative : line.alternatives()) {
        assertThat(alternative.inci()).filteredOn(forbidden::contains).isEmpty();
        assertThat(alternative.category()).isEqualTo(line.product().category());
        assertThat(scenario.input().inStock()).contains(alternative.sku());
      }
    }
  }

  /** The oracle, computed from the data file independently of {@link AvoidList}. */
  private static Set<String> forbidden(List<String> profile) {
    var forbidden = new HashSet<String>();
    for (String entry : profile) {
      var group = GROUPS.groupNamed(entry);
      if (group.isPresent()) {
        forbidden.addAll(GROUPS.inci(group.get()));
      } else {
        forbidden.add(entry.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT));
      }
    }
    return forbidden;
  }

  record Scenario(
      Map<String, CheckoutProduct> products, List<String> profile, RankingInput input) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<List<ProductDraft>> catalog = productDraft().list().ofMinSize(1).ofMaxSize(40);
    Arbitrary<List<String>> profile = Arbitraries.of(PROFILE_ENTRIES).list().ofMaxSize(4);
    Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 1000).list().ofMaxSize(60);
    Arbitrary<String> skinType =
        Arbitraries.of("sensitive", "dry", "oily", "normal").injectNull(0.3);
    return Combinators.combine(catalog, profile, picks, picks, picks, skinType)
        .as(AllergenSafetyPropertyTest::scenario);
  }

  private static Scenario scenario(
      List<ProductDraft> drafts,
      List<String> profile,
      List<Integer> cartPicks,
      List<Integer> stockPicks,
      List<Integer> evidencePicks,
      String skinType) {
    var products = new LinkedHashMap<String, CheckoutProduct>();
    for (int i = 0; i < drafts.size(); i++) {
      CheckoutProduct product = drafts.get(i).toProduct("SKU-" + i);
      products.put(product.sku(), product);
    }
    var skus = List.copyOf(products.keySet());
    List<String> cart = pick(skus, cartPicks.stream().limit(4).toList());
    Set<String> inStock = new HashSet<>(pick(skus, stockPicks));
    var coPurchases = new ArrayList<CoPurchase>();
    var complements = new ArrayList<ComplementCandidate>();
    var content = new ArrayList<ContentMatch>();
    for (int i = 0; i < evidencePicks.size(); i++) {
      int pick = evidencePicks.get(i);
      String candidate = skus.get(pick % skus.size());
      String anchor = cart.isEmpty() ? skus.get(0) : cart.get(i % cart.size());
      switch (pick % 3) {
        case 0 -> coPurchases.add(new CoPurchase(anchor, candidate, 2 + pick % 20, 25));
        case 1 ->
            complements.add(
                new ComplementCandidate(
                    candidate, anchor, new Complement("serum", (pick % 10) / 10.0, "completes")));
        default -> content.add(new ContentMatch(candidate, 1 + pick % 7));
      }
    }
    AvoidList avoid = AvoidList.of(profile, GROUPS, NORMALIZER);
    var shopper = new Shopper(avoid, skinType, Set.of("Brand-1"), skinType == null ? null : "gold");
    AcceptancePriors priors = (anchor, candidate) -> 0.5 + (candidate.hashCode() & 3) / 2.0;
    var input =
        new RankingInput(
            cart, products, coPurchases, complements, content, shopper, inStock, priors);
    return new Scenario(products, profile, input);
  }

  private static List<String> pick(List<String> skus, List<Integer> picks) {
    return picks.stream().map(pick -> skus.get(pick % skus.size())).distinct().toList();
  }

  record ProductDraft(List<String> ingredients, String category, int brand) {
    CheckoutProduct toProduct(String sku) {
      var inci = ingredients.stream().map(NORMALIZER::canonical).distinct().toList();
      boolean fragranceFree = inci.stream().noneMatch(GROUPS.inci("fragrance")::contains);
      return new CheckoutProduct(
          sku,
          "CheckoutProduct " + sku,
          "Brand-" + brand,
          category,
          inci,
          fragranceFree,
          Set.of(),
          false);
    }
  }

  private static Arbitrary<ProductDraft> productDraft() {
    return Combinators.combine(
            Arbitraries.of(INGREDIENTS).list().ofMaxSize(8),
            Arbitraries.of(CATEGORIES),
            Arbitraries.integers().between(0, 3))
        .as(ProductDraft::new);
  }
}
