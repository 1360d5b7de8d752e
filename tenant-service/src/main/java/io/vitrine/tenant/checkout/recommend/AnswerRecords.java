package io.vitrine.tenant.checkout.recommend;

import io.vitrine.tenant.checkout.CartRequest;
import io.vitrine.tenant.checkout.ranking.Evidence;
import io.vitrine.tenant.checkout.ranking.RankedSuggestion;
import io.vitrine.tenant.checkout.ranking.Ranker;
import io.vitrine.tenant.checkout.ranking.Shopper;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * What one recommendation leaves behind, built from its ranking: the stored suggestion (with a new
 * id and the time it was made), its audit details and the till's answer.
 */
final class AnswerRecords {

  private AnswerRecords() {}

  static Suggestion suggestion(
      CartRequest cart, String associate, long flagsRevision, List<RankedSuggestion> ranked) {
    return new Suggestion(
        UUID.randomUUID(),
        cart.storeId(),
        cart.cartId(),
        cart.customerId(),
        associate,
        cart.skus(),
        Ranker.VERSION,
        flagsRevision,
        OffsetDateTime.now(ZoneOffset.UTC),
        ranked.stream().map(AnswerRecords::item).toList());
  }

  static Shown shown(
      Suggestion suggestion,
      List<RankedSuggestion> ranked,
      Shopper shopper,
      int contentMatches,
      Duration took) {
    return new Shown(
        suggestion.cartId(),
        suggestion.posLocationId(),
        suggestion.customerPseudonym(),
        suggestion.associate(),
        suggestion.algorithm(),
        suggestion.flagsRevision(),
        took.toNanos() / 1e6,
        suggestion.cartSkus(),
        shopper.avoid().ingredients().size(),
        contentMatches,
        ranked.stream().map(AnswerRecords::audited).toList());
  }

  static RecommendResponse response(String suggestionId, List<RankedSuggestion> ranked) {
    return new RecommendResponse(
        true,
        RecommendService.FEATURE.key(),
        suggestionId,
        Ranker.VERSION,
        ranked.stream()
            .map(
                s ->
                    new SuggestionView(
                        s.sku(), s.name(), s.reason(), round(s.score()), s.discountEligible()))
            .toList());
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }

  private static Suggested audited(RankedSuggestion suggestion) {
    return new Suggested(
        suggestion.sku(),
        suggestion.score(),
        suggestion.reason(),
        suggestion.discountEligible(),
        anchor(suggestion),
        suggestion.evidence());
  }

  private static SuggestedSku item(RankedSuggestion suggestion) {
    String reasonKind =
        suggestion.evidence().isEmpty() ? null : suggestion.evidence().get(0).kind().name();
    return new SuggestedSku(suggestion.sku(), anchor(suggestion), suggestion.score(), reasonKind);
  }

  /** The cart item a suggestion was made for: the one its feedback prior is kept under. */
  private static String anchor(RankedSuggestion suggestion) {
    return suggestion.evidence().stream()
        .map(Evidence::anchorSku)
        .filter(sku -> sku != null)
        .findFirst()
        .orElse(null);
  }

  /** The audit details of an answer. */
  record Shown(
      String cartId,
      String storeId,
      String customer,
      String associate,
      String algorithm,
      long flagsRevision,
      double latencyMs,
      List<String> cartSkus,
      int avoidedIngredients,
      int contentMatches,
      List<Suggested> suggestions) {}

  /** One suggestion with its evidence, as audited. */
  record Suggested(
      String sku,
      double score,
      String reason,
      boolean discountEligible,
      String anchorSku,
      List<Evidence> evidence) {}
}
