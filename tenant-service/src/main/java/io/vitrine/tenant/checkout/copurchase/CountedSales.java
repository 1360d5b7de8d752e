package io.vitrine.tenant.checkout.copurchase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which sales the co-purchase counts hold, so that each is counted once across full rebuilds and
 * one-by-one updates. A rebuild reads a snapshot holding the sales up to its watermark, except a
 * few near the top that were not committed yet (its misses); sales counted one by one while it runs
 * are kept and replayed onto the new counts when it swaps in, unless its snapshot held them.
 *
 * <p>Not thread-safe: the index calls it under its lock.
 */
final class CountedSales {

  private long watermark;
  private Set<Long> missedBelowWatermark = new HashSet<>();
  private Set<Long> countedAboveWatermark = new HashSet<>();
  private Map<Long, List<String>> countedDuringRebuild;

  /**
   * Whether a sale not counted yet is to be counted now; it is then recorded as counted. A sale
   * counted before (a later version of the same POS sale) is left to the next rebuild.
   */
  boolean count(long saleId, List<String> skus) {
    boolean fresh =
        saleId > watermark
            ? countedAboveWatermark.add(saleId)
            : missedBelowWatermark.remove(saleId);
    if (fresh && countedDuringRebuild != null) {
      countedDuringRebuild.put(saleId, List.copyOf(skus));
    }
    return fresh;
  }

  /** A rebuild is about to take its snapshot: from now on, counted sales are kept for replay. */
  void rebuildStarted() {
    countedDuringRebuild = new HashMap<>();
  }

  /** The rebuild failed: nothing changes but the bookkeeping for it. */
  void rebuildAbandoned() {
    countedDuringRebuild = null;
  }

  /**
   * The rebuild read every sale up to {@code upTo} but {@code missed}: returns the baskets of the
   * sales counted meanwhile that its snapshot did not hold, to add to its counts before they swap
   * in.
   */
  List<List<String>> rebuildFinished(long upTo, Set<Long> missed) {
    var replay = new ArrayList<List<String>>();
    var above = new HashSet<Long>();
    var stillMissed = new HashSet<>(missed);
    countedDuringRebuild.forEach(
        (saleId, skus) -> {
          if (saleId > upTo) {
            above.add(saleId);
            replay.add(skus);
          } else if (stillMissed.remove(saleId)) {
            replay.add(skus);
          }
        });
    watermark = upTo;
    missedBelowWatermark = stillMissed;
    countedAboveWatermark = above;
    countedDuringRebuild = null;
    return replay;
  }
}
