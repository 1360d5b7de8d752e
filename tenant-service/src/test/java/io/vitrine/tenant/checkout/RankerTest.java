package io.vitrine.tenant.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.tenant.checkout.catalog.CheckoutProduct;
import io.vitrine.tenant.checkout.ranking.AcceptancePriors;
import io.vitrine.tenant.checkout.ranking.CoPurchase;
import io.vitrine.tenant.checkout.ranking.Complement;
import io.vitrine.tenant.checkout.ranking.ComplementCandidate;
import io.vitrine.tenant.checkout.ranking.ContentMatch;
import io.vitrine.tenant.checkout.ranking.Evidence;
import io.vitrine.tenant.checkout.ranking.RankedSuggestion;
import io.vitrine.tenant.checkout.ranking.Ranker;
import io.vitrine.tenant.checkout.ranking.RankingInput;
import io.vitrine.tenant.checkout.ranking.Shopper;
import io.vitrine.tenant.checkout.screening.AvoidList;
import io.vitrine.tenant.checkout.screening.UpperCaseInci;
import io.vitrine.tenant.ingredients.AllergenGroups;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankerTest {

  private static final CheckoutProduct SERUM = product("SERUM", "serum", true);
  private static final CheckoutProduct CREAM = product("CREAM", "moisturizer", true);
  private static final CheckoutProduct SCENTED = product("SCENTED", "moisturizer", false);
  private static final CheckoutProduct MASK = product("MASK", "mask", true);
  private static final Map<String, CheckoutProduct> CATALOG =
      Map.of("SERUM", SERUM, "CREAM", CREAM, "SCENTED", SCENTED, "MASK", MASK);
  private static final Set<String> ALL_IN_STOCK = CATALOG.keySet();

  private final Ranker ranker = new Ranker();

  @Test
  void theStrongerCoPurchaseComesFirstWithItsShareAsTheReason() {
    var ranked =
        rank(
            List.of(
                new CoPurchase("SERUM", "CREAM", 34, 100), new CoPurchase("SERUM", "MASK", 5, 100)),
            List.of(),
            Shopper.anonymous(),
            AcceptancePriors.neutral());

    assertThat(ranked).extracting(RankedSuggestion::sku).containsExactly("CREAM", "MASK");
    assertThat(ranked.get(0).reason()).isEqualTo("bought together in 34% of sales of Serum SERUM");
    assertThat(ranked.get(0).evidence().get(0).kind()).isEqualTo(Evidence.Kind.CO_PURCHASE);
  }

  @Test
  void aSingleSharedSaleIsNoEvidence() {
    var ranked =
        rank(
            List.of(new CoPurchase("SERUM", "CREAM", 1, 2)),
            List.of(),
            Shopper.anonymous(),
            AcceptancePriors.neutral());

    assertThat(ranked).isEmpty();
  }

  @Test
  void aRegimenComplementGivesItsReasonAndFragranceFreeSuitsSensitiveSkin() {
    var moisturizer = new Complement("moisturizer", 1.0, "a moisturizer seals in the serum");
    var sensitive = new Shopper(AvoidList.nothing(), "sensitive", Set.of(), null);
    var ranked =
        rank(
            List.of(),
            List.of(
                new ComplementCandidate("SCENTED", "SERUM", moisturizer),
                new ComplementCandidate("CREAM", "SERUM", moisturizer)),
            sensitive,
            AcceptancePriors.neutral());

    assertThat(ranked).extracting(RankedSuggestion::sku).containsExactly("CREAM", "SCENTED");
    assertThat(ranked.get(0).reason())
        .isEqualTo("a moisturizer seals in the serum; fragrance-free, suits sensitive skin");
    assertThat(ranked.get(1).reason()).isEqualTo("a moisturizer seals in the serum");
  }

  @Test
  void rejectionsDemoteAndAcceptancesPromote() {
    var evidence =
        List.of(
            new CoPurchase("SERUM", "CREAM", 30, 100), new CoPurchase("SERUM", "MASK", 25, 100));
    AcceptancePriors rejectedCream = (anchor, sku) -> sku.equals("CREAM") ? 0.4 : 1.0;

    assertThat(
            rank(evidence, List.of(), Shopper.anonymous(), AcceptancePriors.neutral()).get(0).sku())
        .isEqualTo("CREAM");
    var ranked = rank(evidence, List.of(), Shopper.anonymous(), rejectedCream);
    assertThat(ranked.get(0).sku()).isEqualTo("MASK");
    assertThat(ranked.get(1).evidence())
        .extracting(Evidence::kind)
        .contains(Evidence.Kind.FEEDBACK);
  }

  @Test
  void outOfStockInCartAndAvoidedProductsAreDroppedBeforeRanking() {
    var groups = AllergenGroups.fromClassPath(new UpperCaseInci()::canonical);
    var allergic =
        new Shopper(
            AvoidList.of(List.of("fragrance"), groups, new UpperCaseInci()),
            null,
            Set.of(),
            "gold");
    var input =
        new RankingInput(
            List.of("SERUM", "MASK"),
            CATALOG,
            List.of(
                new CoPurchase("SERUM", "SCENTED", 90, 100),
                new CoPurchase("SERUM", "MASK", 80, 100),
                new CoPurchase("SERUM", "CREAM", 10, 100)),
            List.of(),
            List.of(new ContentMatch("UNKNOWN", 3)),
            allergic,
            Set.of("SERUM", "SCENTED", "MASK"),
            AcceptancePriors.neutral());

    assertThat(ranker.rank(input, 3)).isEmpty();
  }

  @Test
  void loyaltyMembersGetDiscountEligibilityUnlessTheProductIsExcluded() {
    var member = new Shopper(AvoidList.nothing(), null, Set.of(), "gold");
    var ranked =
        rank(
            List.of(new CoPurchase("SERUM", "CREAM", 3, 10)),
            List.of(),
            member,
            AcceptancePriors.neutral());

    assertThat(ranked.get(0).discountEligible()).isTrue();
    assertThat(
            rank(
                    List.of(new CoPurchase("SERUM", "CREAM", 3, 10)),
                    List.of(),
                    Shopper.anonymous(),
                    AcceptancePriors.neutral())
                .get(0)
                .discountEligible())
        .isFalse();
  }

  private List<RankedSuggestion> rank(
      List<CoPurchase> coPurchases,
      List<ComplementCandidate> complements,
      Shopper shopper,
      AcceptancePriors priors) {
    return ranker.rank(
        new RankingInput(
            List.of("SERUM"),
            CATALOG,
            coPurchases,
            complements,
            List.of(),
            shopper,
            ALL_IN_STOCK,
            priors),
        3);
  }

  private static CheckoutProduct product(String sku, String category, boolean fragranceFree) {
    List<String> inci = fragranceFree ? List.of("AQUA", "GLYCERIN") : List.of("AQUA", "PARFUM");
    String name = Character.toUpperCase(category.charAt(0)) + category.substring(1) + " " + sku;
    return new CheckoutProduct(sku, name, "Brand", category, inci, fragranceFree, Set.of(), false);
  }
}
