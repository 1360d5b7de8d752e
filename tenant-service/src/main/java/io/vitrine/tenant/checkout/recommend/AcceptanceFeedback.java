package io.vitrine.tenant.checkout.recommend;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.checkout.ranking.AcceptancePriors;
import io.vitrine.tenant.common.db.ChangeCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Associates' accepts and rejects as a ranking prior: per (cart item, suggested SKU) pair when the
 * pair has feedback, else per suggested SKU. The multiplier is the Laplace-smoothed acceptance rate
 * relative to one half: (accepted + 1) / (accepted + rejected + 2) * 2, so 1 without feedback,
 * towards 2 when always accepted and towards 0 when always rejected. Loaded at start from the
 * stored decisions, then kept up to date by each new one: at once for a decision taken on this
 * replica ({@link #record}), and within seconds for one taken on any replica ({@link #catchUp},
 * every second, see {@code CheckoutFeeds}). Each decision counts once, whichever way it came.
 */
@ApplicationScoped
public class AcceptanceFeedback implements AcceptancePriors {

  private static final Duration STATEMENT = Duration.ofSeconds(30);

  /** The transaction of a decision recorded here before the feed read it. */
  private static final long NOT_READ_YET = Long.MAX_VALUE;

  private final ConcurrentHashMap<String, Tally> byPair = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Tally> bySku = new ConcurrentHashMap<>();
  private final SuggestionRepository suggestions;
  private final ChangeCursor newDecisions = new ChangeCursor();
  // The decisions counted that a read of new ones may see again, by their transaction.
  private Map<String, Long> recent = new HashMap<>();

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

  /** A decision this replica has just stored. */
  public synchronized void record(
      String suggestionId, String anchorSku, String sku, boolean accepted) {
    if (recent.putIfAbsent(decision(suggestionId, sku), NOT_READ_YET) == null) {
      add(anchorSku, sku, accepted ? new Tally(1, 0) : new Tally(0, 1));
    }
  }

  /** Reads every stored decision again, replacing what was counted. */
  public Uni<Void> load() {
    return suggestions.feedback().invoke(this::replaceWith).replaceWithVoid();
  }

  /**
   * Counts the decisions stored since the last read, by any replica. Blocking: call off the event
   * loop. Nothing happens before the first load, which says where to start.
   */
  public void catchUp() {
    if (!newDecisions.started()) {
      return;
    }
    long next = suggestions.oldestRunning().await().atMost(STATEMENT);
    List<Decided> read = suggestions.decidedSince(newDecisions.from()).await().atMost(STATEMENT);
    applyRead(read, next);
  }

  private synchronized void applyRead(List<Decided> read, long next) {
    for (Decided decided : read) {
      // Behind the cursor: a load ran meanwhile, and its snapshot held this one.
      if (!newDecisions.behind(decided.xid()) && seen(decided)) {
        add(decided.anchorSku(), decided.sku(), tally(decided));
      }
    }
    newDecisions.advanceTo(next);
    recent.values().removeIf(newDecisions::behind);
  }

  /** Whether a decision read from the table is new here; remembers its transaction either way. */
  private boolean seen(Decided decided) {
    String key = decision(decided.suggestionId(), decided.sku());
    Long known = recent.put(key, decided.xid());
    return known == null;
  }

  private synchronized void replaceWith(FeedbackSnapshot snapshot) {
    byPair.clear();
    bySku.clear();
    for (FeedbackTally tally : snapshot.tallies()) {
      add(tally.anchorSku(), tally.sku(), new Tally(tally.accepted(), tally.rejected()));
    }
    recent = new HashMap<>();
    snapshot
        .recent()
        .forEach(
            decided -> recent.put(decision(decided.suggestionId(), decided.sku()), decided.xid()));
    newDecisions.advanceTo(snapshot.oldestRunning());
  }

  private void add(String anchorSku, String sku, Tally tally) {
    if (anchorSku != null) {
      byPair.merge(pair(anchorSku, sku), tally, Tally::plus);
    }
    bySku.merge(sku, tally, Tally::plus);
  }

  private static Tally tally(Decided decided) {
    return decided.accepted() ? new Tally(1, 0) : new Tally(0, 1);
  }

  private static String pair(String anchorSku, String sku) {
    return anchorSku + '\u0000' + sku;
  }

  private static String decision(String suggestionId, String sku) {
    return suggestionId + '\u0000' + sku;
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
