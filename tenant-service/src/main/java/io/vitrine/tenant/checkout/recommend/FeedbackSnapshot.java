package io.vitrine.tenant.checkout.recommend;

import java.util.List;

/**
 * Every decision stored so far, counted, as one snapshot saw them.
 *
 * @param oldestRunning the oldest transaction running when the snapshot was taken: every older
 *     decision is counted here, and later reads of new decisions start from it
 * @param recent the decisions of the snapshot from that transaction on, which such a read may see
 *     again
 */
public record FeedbackSnapshot(
    List<FeedbackTally> tallies, long oldestRunning, List<Decided> recent) {

  public FeedbackSnapshot {
    tallies = List.copyOf(tallies);
    recent = List.copyOf(recent);
  }
}
