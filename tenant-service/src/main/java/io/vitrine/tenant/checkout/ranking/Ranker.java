package io.vitrine.tenant.checkout.ranking;

import io.vitrine.tenant.checkout.catalog.CheckoutProduct;
import io.vitrine.tenant.checkout.ranking.Evidence.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks complementary products for a cart, as a pure function of a {@link RankingInput}.
 *
 * <p>Safety and availability come first and are not scores: a candidate that contains an ingredient
 * the customer must avoid, that screening cannot vouch for for a customer who avoids anything (no
 * ingredient list, an item that is no ingredient name), is out of stock in the store, is already in
 * the cart or is unknown to the catalog is dropped before anything is ranked. The remaining
 * candidates are scored by a weighted sum of their evidence (co-purchase confidence, regimen
 * complement, content similarity, then small bonuses for the customer's preferred brands, skin type
 * and a fragrance-free formula when they need one), multiplied by the associates' acceptance prior,
 * and by {@link #UNCONFIRMED_STOCK_FACTOR} when the store's count of the candidate is stale or
 * missing and the stock policy offers it all the same.
 */
public final class Ranker {

  /** Recorded with every suggestion, so that audits can tell which ranking produced it. */
  public static final String VERSION = "checkout-ranker/1";

  /** Fewer shared sales than this is noise, not a pattern. */
  static final int MIN_TOGETHER = 2;

  static final double CO_PURCHASE_WEIGHT = 1.0;
  static final double COMPLEMENT_WEIGHT = 0.4;
  static final double CONTENT_WEIGHT = 0.25;
  static final double SUITABILITY_BONUS = 0.1;
  static final double MIN_FACTOR = 0.2;
  static final double MAX_FACTOR = 2.0;

  /** A candidate whose stock is unconfirmed ranks below an equal one known to be on the shelf. */
  static final double UNCONFIRMED_STOCK_FACTOR = 0.5;

  public List<RankedSuggestion> rank(RankingInput input, int limit) {
    var cart = Set.copyOf(input.cartSkus());
    var candidates = gather(input);
    return candidates.values().stream()
        .filter(candidate -> eligible(candidate.sku, input, cart))
        .map(candidate -> candidate.rank(input))
        .sorted(
            Comparator.comparingDouble(RankedSuggestion::score)
                .reversed()
                .thenComparing(RankedSuggestion::sku))
        .limit(limit)
        .toList();
  }

  /**
   * The hard filters: known, not in the cart, in stock here, and screened safe for this customer
   * (fail closed: a product screening could not read is not safe).
   */
  static boolean eligible(String sku, RankingInput input, Set<String> cart) {
    CheckoutProduct product = input.products().get(sku);
    return product != null
        && !cart.contains(sku)
        && input.inStock().contains(sku)
        && input.shopper().avoid().isSafe(product.inci());
  }

  private static Map<String, Candidate> gather(RankingInput input) {
    var candidates = new LinkedHashMap<String, Candidate>();
    for (CoPurchase co : input.coPurchases()) {
      if (co.together() >= MIN_TOGETHER) {
        candidates.computeIfAbsent(co.partnerSku(), Candidate::new).coPurchase(co);
      }
    }
    for (ComplementCandidate complement : input.complements()) {
      candidates.computeIfAbsent(complement.sku(), Candidate::new).complement(complement);
    }
    double best = input.contentMatches().stream().mapToDouble(ContentMatch::score).max().orElse(0);
    for (ContentMatch match : input.contentMatches()) {
      if (best > 0) {
        candidates.computeIfAbsent(match.sku(), Candidate::new).content(match.score() / best);
      }
    }
    return candidates;
  }

  /** One candidate's evidence, accumulated over the cart's items. */
  private static final class Candidate {
    private final String sku;
    private CoPurchase coPurchase;
    private ComplementCandidate complement;
    private double content;

    Candidate(String sku) {
      this.sku = sku;
    }

    void coPurchase(CoPurchase co) {
      if (coPurchase == null || co.confidence() > coPurchase.confidence()) {
        coPurchase = co;
      }
    }

    void complement(ComplementCandidate candidate) {
      if (complement == null
          || candidate.complement().weight() > complement.complement().weight()) {
        complement = candidate;
      }
    }

    void content(double normalised) {
      content = Math.max(content, normalised);
    }

    RankedSuggestion rank(RankingInput input) {
      CheckoutProduct product = input.products().get(sku);
      var evidence = new ArrayList<Evidence>();
      var reasons = new ArrayList<String>();
      double score = primary(input, evidence, reasons);
      score += suitability(product, input.shopper(), evidence, reasons);
      String anchor =
          evidence.stream()
              .map(Evidence::anchorSku)
              .filter(a -> a != null)
              .findFirst()
              .orElse(null);
      double factor =
          Math.max(MIN_FACTOR, Math.min(MAX_FACTOR, input.priors().factor(anchor, sku)));
      if (factor != 1.0) {
        evidence.add(
            new Evidence(
                Kind.FEEDBACK, anchor, factor, "associates' acceptance of this suggestion"));
      }
      double stock = stockFactor(input, evidence);
      boolean discount = input.shopper().loyaltyTier() != null && !product.promotionExcluded();
      return new RankedSuggestion(
          sku,
          product.name(),
          score * factor * stock,
          String.join("; ", reasons),
          discount,
          evidence);
    }

    private double stockFactor(RankingInput input, List<Evidence> evidence) {
      if (!input.demotedStock().contains(sku)) {
        return 1.0;
      }
      evidence.add(
          new Evidence(
              Kind.UNCONFIRMED_STOCK,
              null,
              UNCONFIRMED_STOCK_FACTOR,
              "the store's stock count is stale or missing"));
      return UNCONFIRMED_STOCK_FACTOR;
    }

    /** Co-purchase, complement and content evidence, strongest first; returns their score. */
    private double primary(RankingInput input, List<Evidence> evidence, List<String> reasons) {
      var parts = new ArrayList<Scored>();
      if (coPurchase != null) {
        double confidence = coPurchase.confidence();
        String anchorName = nameOf(input, coPurchase.anchorSku());
        parts.add(
            new Scored(
                CO_PURCHASE_WEIGHT * confidence,
                new Evidence(
                    Kind.CO_PURCHASE,
                    coPurchase.anchorSku(),
                    confidence,
                    coPurchase.together() + " of " + coPurchase.anchorSales() + " sales"),
                "bought together in %d%% of sales of %s"
                    .formatted(Math.round(confidence * 100), anchorName)));
      }
      if (complement != null) {
        var rule = complement.complement();
        parts.add(
            new Scored(
                COMPLEMENT_WEIGHT * rule.weight(),
                new Evidence(
                    Kind.COMPLEMENT, complement.anchorSku(), rule.weight(), rule.category()),
                rule.reason()));
      }
      if (content > 0) {
        parts.add(
            new Scored(
                CONTENT_WEIGHT * content,
                new Evidence(Kind.CONTENT_SIMILARITY, null, content, "search index similarity"),
                "similar to what is in the cart"));
      }
      parts.sort(Comparator.comparingDouble(Scored::score).reversed());
      double total = 0;
      for (Scored part : parts) {
        total += part.score();
        evidence.add(part.evidence());
      }
      parts.stream().limit(1).forEach(part -> reasons.add(part.reason()));
      return total;
    }

    private static double suitability(
        CheckoutProduct product, Shopper shopper, List<Evidence> evidence, List<String> reasons) {
      double bonus = 0;
      if (shopper.wantsFragranceFree() && product.fragranceFree()) {
        bonus += SUITABILITY_BONUS;
        evidence.add(new Evidence(Kind.FRAGRANCE_FREE, null, 1, "no fragrance ingredient"));
        reasons.add(
            shopper.avoid().avoidsGroup("fragrance")
                ? "fragrance-free, safe with their fragrance allergy"
                : "fragrance-free, suits sensitive skin");
      } else if (shopper.skinType() != null && product.skinTypes().contains(shopper.skinType())) {
        bonus += SUITABILITY_BONUS;
        evidence.add(new Evidence(Kind.SKIN_TYPE, null, 1, shopper.skinType()));
        reasons.add("suits " + shopper.skinType() + " skin");
      }
      if (product.brand() != null && shopper.preferredBrands().contains(product.brand())) {
        bonus += SUITABILITY_BONUS;
        evidence.add(new Evidence(Kind.PREFERRED_BRAND, null, 1, product.brand()));
        reasons.add("from " + product.brand() + ", a brand they favour");
      }
      return bonus;
    }

    private static String nameOf(RankingInput input, String sku) {
      CheckoutProduct product = input.products().get(sku);
      return product == null ? sku : product.name();
    }
  }

  private record Scored(double score, Evidence evidence, String reason) {}

  /** The SKUs any of the input's evidence proposes, whose stock must be known before ranking. */
  public static Set<String> candidateSkus(
      List<CoPurchase> coPurchases,
      List<ComplementCandidate> complements,
      List<ContentMatch> contentMatches) {
    var skus = new HashSet<String>();
    coPurchases.forEach(co -> skus.add(co.partnerSku()));
    complements.forEach(complement -> skus.add(complement.sku()));
    contentMatches.forEach(match -> skus.add(match.sku()));
    return skus;
  }
}
