package io.vitrine.tenant.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.tenant.checkout.catalog.CheckoutProduct;
import io.vitrine.tenant.checkout.ranking.AcceptancePriors;
import io.vitrine.tenant.checkout.ranking.CoPurchase;
import io.vitrine.tenant.checkout.ranking.Evidence;
import io.vitrine.tenant.checkout.ranking.RankedSuggestion;
import io.vitrine.tenant.checkout.ranking.Ranker;
import io.vitrine.tenant.checkout.ranking.RankingInput;
import io.vitrine.tenant.checkout.ranking.Shopper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Unconfirmed stock (a stale or missing count the policy offers) ranks below confirmed stock. */
class RankerStockTest {

  private static final Map<String, CheckoutProduct> CATALOG =
      Map.of("SERUM", product("SERUM"), "CREAM", product("CREAM"), "MASK", product("MASK"));

  private final Ranker ranker = new Ranker();

  @Test
  void anUnconfirmedCountRanksBelowAConfirmedOneAndSaysWhy() {
    var coPurchases =
        List.of(
            new CoPurchase("SERUM", "CREAM", 30, 100), new CoPurchase("SERUM", "MASK", 20, 100));

    List<RankedSuggestion> confirmed = rank(coPurchases, Set.of());
    List<RankedSuggestion> creamUnconfirmed = rank(coPurchases, Set.of("CREAM"));

    assertThat(confirmed).extracting(RankedSuggestion::sku).containsExactly("CREAM", "MASK");
    assertThat(creamUnconfirmed).extracting(RankedSuggestion::sku).containsExactly("MASK", "CREAM");
    RankedSuggestion cream = creamUnconfirmed.get(1);
    assertThat(cream.score()).isEqualTo(confirmed.get(0).score() * 0.5);
    assertThat(cream.evidence())
        .last()
        .satisfies(
            evidence -> {
              assertThat(evidence.kind()).isEqualTo(Evidence.Kind.UNCONFIRMED_STOCK);
              assertThat(evidence.value()).isEqualTo(0.5);
            });
    assertThat(creamUnconfirmed.get(0).evidence())
        .extracting(Evidence::kind)
        .doesNotContain(Evidence.Kind.UNCONFIRMED_STOCK);
  }

  @Test
  void demotionNeverOffersWhatIsNotOffered() {
    var input =
        new RankingInput(
            List.of("SERUM"),
            CATALOG,
            List.of(new CoPurchase("SERUM", "CREAM", 30, 100)),
            List.of(),
            List.of(),
            Shopper.anonymous(),
            Set.of("SERUM"),
            AcceptancePriors.neutral(),
            Set.of("CREAM"));

    assertThat(ranker.rank(input, 3)).isEmpty();
  }

  private List<RankedSuggestion> rank(List<CoPurchase> coPurchases, Set<String> demoted) {
    return ranker.rank(
        new RankingInput(
            List.of("SERUM"),
            CATALOG,
            coPurchases,
            List.of(),
            List.of(),
            Shopper.anonymous(),
            CATALOG.keySet(),
            AcceptancePriors.neutral(),
            demoted),
        3);
  }

  private static CheckoutProduct product(String sku) {
    return new CheckoutProduct(
        sku, "Product " + sku, "Brand", "serum", List.of("AQUA"), true, Set.of(), false);
  }
}
