package io.vitrine.tenant.checkout.recommend;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.checkout.ranking.AcceptancePriors;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Associates' accepts and rejects as a ranking prior: per (cart item, suggested SKU) pair when the
 * pair has feedback, else per suggested SKU. The multiplier is the Laplace-smoothed acceptance rate
 * relative to one half: (accepted + 1) / (accepted + rejected + 2) * 2, so 1 without feedback,
 * towards 2 when always accepted and towards 0 when always rejected. Loaded at start from the
 * stored decisions, then kept up to date by each new one.
 */
@ApplicationScoped
public class AcceptanceFeedback implements AcceptancePriors {

  private final ConcurrentHashMap<String, Tally> byPair = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Tally> bySku = new ConcurrentHashMap<>();
  private final SuggestionRepository suggestions;

  public AcceptanceFeedback(SuggestionRepository suggestions) {
    this.suggestions = suggestions;
  }

  @Override
  public double factor(String anchorSku, String candidateSku) {
    Tally tally = anchorSku == null ? null : byPair.get(pair(anchorSku, candidateSku));
    if (tally == null) {
      tally = bySku.get(candidateSku);
    }
    return tally == null ? 1.0 : tally.factor();
  }

  public void record(String anchorSku, String sku, boolean accepted) {
    add(anchorSku, sku, accepted ? new Tally(1, 0) : new Tally(0, 1));
  }

  /** Reads every stored decision again, replacing what was counted. */
  public Uni<Void> load() {
    return suggestions.feedback().invoke(this::replaceWith).replaceWithVoid();
  }

  private void replaceWith(List<FeedbackTally> tallies) {
    byPair.clear();
    bySku.clear();
    for (FeedbackTally tally : tallies) {
      add(tally.anchorSku(), tally.sku(), new Tally(tally.accepted(), tally.rejected()));
    }
  }

  private void add(String anchorSku, String sku, Tally tally) {
    if (anchorSku != null) {
      byPair.merge(pair(anchorSku, sku), tally, Tally::plus);
    }
    bySku.merge(sku, tally, Tally::plus);
  }

  private static String pair(String anchorSku, String sku) {
    return anchorSku + '\u0000' + sku;
  }

  private record Tally(long accepted, long rejected) {
    Tally plus(Tally other) {
      return new Tally(accepted + other.accepted, rejected + other.rejected);
    }

    double factor() {
      return (accepted + 1.0) / (accepted + rejected + 2.0) * 2.0;
    }
  }
}
