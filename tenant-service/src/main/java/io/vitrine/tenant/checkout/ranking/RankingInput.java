package io.vitrine.tenant.checkout.ranking;

import io.vitrine.tenant.checkout.catalog.CheckoutProduct;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one ranking uses, gathered beforehand: the ranker itself reads nothing else.
 *
 * @param cartSkus the SKUs in the cart
 * @param products the catalog by SKU
 * @param coPurchases co-purchase neighbours of the cart's items
 * @param complements products of complementary categories
 * @param contentMatches products similar to the cart, from the search index
 * @param inStock the SKUs the till may offer in this store, among the candidates
 * @param demotedStock those of them whose count is stale or missing, ranked lower
 */
public record RankingInput(
    List<String> cartSkus,
    Map<String, CheckoutProduct> products,
    List<CoPurchase> coPurchases,
    List<ComplementCandidate> complements,
    List<ContentMatch> contentMatches,
    Shopper shopper,
    Set<String> inStock,
    AcceptancePriors priors,
    Set<String> demotedStock) {

  /** An input whose offered stock is all fresh. */
  public RankingInput(
      List<String> cartSkus,
      Map<String, CheckoutProduct> products,
      List<CoPurchase> coPurchases,
      List<ComplementCandidate> complements,
      List<ContentMatch> contentMatches,
      Shopper shopper,
      Set<String> inStock,
      AcceptancePriors priors) {
    this(
        cartSkus,
        products,
        coPurchases,
        complements,
        contentMatches,
        shopper,
        inStock,
        priors,
        Set.of());
  }
}
