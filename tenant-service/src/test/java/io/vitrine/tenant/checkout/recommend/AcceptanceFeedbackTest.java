package io.vitrine.tenant.checkout.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptanceFeedbackTest {

  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void storedDecisionsArePriorsPerCartItemThenPerSuggestedSku() {
    var feedback =
        new AcceptanceFeedback(
            stored(
                new FeedbackTally("SERUM", "MASK", 0, 2),
                new FeedbackTally("CLEANSER", "MASK", 3, 0),
                new FeedbackTally(null, "MASK", 1, 1)));

    feedback.load().await().atMost(WAIT);

    // (accepted + 1) / (accepted + rejected + 2) * 2
    assertThat(feedback.factor("SERUM", "MASK")).isCloseTo(0.5, within(1e-9));
    assertThat(feedback.factor("CLEANSER", "MASK")).isCloseTo(1.6, within(1e-9));
    assertThat(feedback.factor("TONER", "MASK")).isCloseTo(10.0 / 9, within(1e-9));
    assertThat(feedback.factor(null, "MASK")).isCloseTo(10.0 / 9, within(1e-9));
    assertThat(feedback.factor("SERUM", "BALM")).isEqualTo(1.0);
  }

  @Test
  void aLoadReplacesWhatWasCountedAndNewDecisionsAddToIt() {
    var feedback = new AcceptanceFeedback(stored(new FeedbackTally("SERUM", "MASK", 1, 0)));
    feedback.record("s-1", "SERUM", "MASK", false);
    feedback.record("s-2", "SERUM", "MASK", false);

    feedback.load().await().atMost(WAIT);
    assertThat(feedback.factor("SERUM", "MASK")).isCloseTo(4.0 / 3, within(1e-9));

    feedback.record("s-3", "SERUM", "MASK", false);
    assertThat(feedback.factor("SERUM", "MASK")).isEqualTo(1.0);
  }

  @Test
  void decisionsOfEveryReplicaCountOnceHoweverOftenTheyAreRead() {
    var snapshot =
        new FeedbackSnapshot(
            List.of(new FeedbackTally("SERUM", "MASK", 1, 0)),
            10,
            List.of(new Decided("s-1", "MASK", "SERUM", true, 12)));
    var stored =
        List.of(
            new Decided("s-1", "MASK", "SERUM", true, 12),
            new Decided("s-2", "MASK", "SERUM", false, 13),
            new Decided("s-3", "MASK", "SERUM", false, 14));
    var feedback = new AcceptanceFeedback(reading(snapshot, stored));
    feedback.load().await().atMost(WAIT);
    feedback.record("s-2", "SERUM", "MASK", false);

    feedback.catchUp();
    feedback.catchUp();

    // s-1 was in the load, s-2 recorded here, s-3 from another replica: 1 accept, 2 rejects.
    assertThat(feedback.factor("SERUM", "MASK")).isCloseTo(2.0 / 5 * 2, within(1e-9));
  }

  @Test
  void nothingIsReadBeforeTheFirstLoadSaysWhereToStart() {
    var stored = List.of(new Decided("s-1", "MASK", "SERUM", false, 12));
    var feedback =
        new AcceptanceFeedback(reading(new FeedbackSnapshot(List.of(), 10, List.of()), stored));

    feedback.catchUp();
    assertThat(feedback.factor("SERUM", "MASK")).isEqualTo(1.0);

    feedback.load().await().atMost(WAIT);
    feedback.catchUp();
    assertThat(feedback.factor("SERUM", "MASK")).isCloseTo(2.0 / 3, within(1e-9));
  }

  /** A repository whose stored decisions are this snapshot, then these decisions. */
  private static SuggestionRepository reading(FeedbackSnapshot snapshot, List<Decided> stored) {
    return new SuggestionRepository(null) {
      @Override
      public Uni<FeedbackSnapshot> feedback() {
        return Uni.createFrom().item(snapshot);
      }

      @Override
      public Uni<Long> oldestRunning() {
        return Uni.createFrom().item(12L);
      }

      @Override
      public Uni<List<Decided>> decidedSince(String xid) {
        long from = Long.parseLong(xid);
        return Uni.createFrom().item(stored.stream().filter(d -> d.xid() >= from).toList());
      }
    };
  }

  /** A repository whose stored decisions are these tallies. */
  private static SuggestionRepository stored(FeedbackTally... tallies) {
    return new SuggestionRepository(null) {
      @Override
      public Uni<FeedbackSnapshot> feedback() {
        return Uni.createFrom().item(new FeedbackSnapshot(List.of(tallies), 0, List.of()));
      }
    };
  }
}
