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
    feedback.record("SERUM", "MASK", false);
    feedback.record("SERUM", "MASK", false);

    feedback.load().await().atMost(WAIT);
    assertThat(feedback.factor("SERUM", "MASK")).isCloseTo(4.0 / 3, within(1e-9));

    feedback.record("SERUM", "MASK", false);
    assertThat(feedback.factor("SERUM", "MASK")).isEqualTo(1.0);
  }

  /** A repository whose stored decisions are these tallies. */
  private static SuggestionRepository stored(FeedbackTally... tallies) {
    return new SuggestionRepository(null) {
      @Override
      public Uni<List<FeedbackTally>> feedback() {
        return Uni.createFrom().item(List.of(tallies));
      }
    };
  }
}
