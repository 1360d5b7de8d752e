package io.vitrine.tenant.checkout.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vitrine.tenant.checkout.catalog.CheckoutProduct;
import io.vitrine.tenant.checkout.ranking.AcceptancePriors;
import io.vitrine.tenant.checkout.ranking.Complement;
import io.vitrine.tenant.checkout.ranking.ComplementCandidate;
import io.vitrine.tenant.checkout.ranking.RankedSuggestion;
import io.vitrine.tenant.checkout.ranking.Ranker;
import io.vitrine.tenant.checkout.ranking.RankingInput;
import io.vitrine.tenant.checkout.ranking.Shopper;
import io.vitrine.tenant.ingredients.AllergenGroups;
import io.vitrine.tenant.ingredients.InciNormalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A product screening cannot read is never "no conflict": it is reported as not screened, with the
 * reason, and is neither suggested nor offered as an alternative to a customer who avoids anything.
 */
class FailClosedScreeningTest {

  private final InciNormalizer inci = InciNormalizer.standard();
  private final AllergenGroups groups = AllergenGroups.standard();
  private final AvoidList nuts = AvoidList.of(List.of("tree nuts"), groups, inci::canonical);

  private final CheckoutProduct plain = product("PLAIN", "Aqua, Glycerin");
  private final CheckoutProduct almond =
      product("ALMOND", "Aqua, Prunus Amygdalus Dulcis (Sweet Almond) Seed Meal");
  private final CheckoutProduct noList = product("NO-LIST", null);
  private final CheckoutProduct boutique =
      product("BOUTIQUE", "Visit the SEPHORA COLLECTION boutique");
  private final Map<String, CheckoutProduct> catalog =
      Map.of("PLAIN", plain, "ALMOND", almond, "NO-LIST", noList, "BOUTIQUE", boutique);

  @Test
  void aVerdictSaysConflictNotScreenedOrSafe() {
    assertThat(nuts.verdict(almond.inci()).conflicts())
        .extracting(Conflict::avoided)
        .containsExactly("nut-oils");
    assertThat(nuts.verdict(noList.inci()).reason()).isEqualTo(Verdict.NO_INGREDIENT_LIST);
    assertThat(nuts.verdict(boutique.inci()).reason()).isEqualTo(Verdict.UNREADABLE_INGREDIENT);
    assertThat(nuts.verdict(boutique.inci()).detail()).contains("BOUTIQUE");
    assertThat(nuts.verdict(plain.inci()).safe()).isTrue();
    assertThat(nuts.isSafe(noList.inci())).isFalse();
  }

  @Test
  void aConflictIsReportedEvenBesideAnUnreadableItem() {
    var items = List.of("PARFUM", "NO INFO");
    var avoid = AvoidList.of(List.of("fragrance"), groups, inci::canonical);

    assertThat(avoid.verdict(items).conflicts())
        .extracting(Conflict::ingredient)
        .contains("PARFUM");
  }

  @Test
  void aCustomerWhoAvoidsNothingIsUnaffected() {
    assertThat(AvoidList.nothing().verdict(noList.inci()).safe()).isTrue();
    assertThat(AvoidList.nothing().verdict(boutique.inci()).safe()).isTrue();
  }

  @Test
  void screeningReportsEachLineItCouldNotScreenWithTheReason() {
    var result =
        CartScreening.screen(
            List.of("NO-LIST", "BOUTIQUE", "UNKNOWN", "ALMOND"),
            catalog,
            nuts,
            category -> List.of("PLAIN", "NO-LIST", "BOUTIQUE"),
            Set.of("PLAIN", "NO-LIST", "BOUTIQUE"),
            3);

    assertThat(result.unscreenedLines())
        .extracting(CartScreening.Unscreened::sku, CartScreening.Unscreened::reason)
        .containsExactly(
            tuple("NO-LIST", Verdict.NO_INGREDIENT_LIST),
            tuple("BOUTIQUE", Verdict.UNREADABLE_INGREDIENT),
            tuple("UNKNOWN", Verdict.UNKNOWN_PRODUCT));
    assertThat(result.unscreened()).containsExactly("NO-LIST", "BOUTIQUE", "UNKNOWN");
    assertThat(result.conflicts())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.product().sku()).isEqualTo("ALMOND");
              assertThat(line.alternatives())
                  .extracting(CheckoutProduct::sku)
                  .containsExactly("PLAIN");
            });
  }

  @Test
  void forACustomerWhoAvoidsNothingOnlyUnknownProductsAreUnscreened() {
    var result =
        CartScreening.screen(
            List.of("NO-LIST", "UNKNOWN"),
            catalog,
            AvoidList.nothing(),
            category -> List.of(),
            Set.of(),
            3);

    assertThat(result.unscreened()).containsExactly("UNKNOWN");
  }

  @Test
  void onlyWhatScreeningVouchesForIsSuggestedToACustomerWhoAvoidsAnything() {
    var complements =
        List.of("PLAIN", "ALMOND", "NO-LIST", "BOUTIQUE").stream()
            .map(sku -> new ComplementCandidate(sku, "ANCHOR", new Complement("x", 1, "goes")))
            .toList();
    var stock = Set.of("PLAIN", "ALMOND", "NO-LIST", "BOUTIQUE");
    AcceptancePriors priors = (anchor, candidate) -> 1.0;

    assertThat(suggested(new Shopper(nuts, null, Set.of(), null), complements, stock, priors))
        .containsExactly("PLAIN");
    assertThat(suggested(Shopper.anonymous(), complements, stock, priors))
        .containsExactlyInAnyOrder("PLAIN", "ALMOND", "NO-LIST", "BOUTIQUE");
  }

  private List<String> suggested(
      Shopper shopper,
      List<ComplementCandidate> complements,
      Set<String> stock,
      AcceptancePriors priors) {
    var input =
        new RankingInput(
            List.of("ANCHOR"), catalog, List.of(), complements, List.of(), shopper, stock, priors);
    return new Ranker().rank(input, 4).stream().map(RankedSuggestion::sku).toList();
  }

  private CheckoutProduct product(String sku, String label) {
    return new CheckoutProduct(
        sku, sku, "Brand", "cream", inci.split(label), true, Set.of(), false);
  }
}
