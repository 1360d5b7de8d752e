package io.vitrine.tenant.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void workThatNeverAnswersGetsTheFallbackOnceTheBudgetIsSpent() {
    long started = System.nanoTime();
    Deadline deadline = Deadline.of(Duration.ofMillis(30), started);

    String answer =
        deadline
            .guard(() -> Uni.createFrom().<String>nothing(), () -> Uni.createFrom().item("late"))
            .await()
            .atMost(WAIT);

    assertThat(answer).isEqualTo("late");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(ofMs(30));
  }

  @Test
  void workThatAnswersInTimeIsPassedThrough() {
    Deadline deadline = Deadline.of(Duration.ofSeconds(10), System.nanoTime());

    String answer =
        deadline
            .guard(() -> Uni.createFrom().item("ranked"), () -> Uni.createFrom().item("late"))
            .await()
            .atMost(WAIT);

    assertThat(answer).isEqualTo("ranked");
  }

  @Test
  void workWhoseBudgetIsAlreadySpentIsNotStarted() {
    var started = new AtomicBoolean();
    Deadline deadline =
        Deadline.of(Duration.ofMillis(250), System.nanoTime() - ofMs(300).toNanos());

    String answer =
        deadline
            .guard(
                () -> {
                  started.set(true);
                  return Uni.createFrom().item("ranked");
                },
                () -> Uni.createFrom().item("late"))
            .await()
            .atMost(WAIT);

    assertThat(answer).isEqualTo("late");
    assertThat(started).isFalse();
  }

  @Test
  void aFailureInTimeIsNotMistakenForAMissedDeadline() {
    Deadline deadline = Deadline.of(Duration.ofSeconds(10), System.nanoTime());

    assertThatThrownBy(
            () ->
                deadline
                    .guard(
                        () -> Uni.createFrom().<String>failure(new IllegalStateException("store")),
                        () -> Uni.createFrom().item("late"))
                    .await()
                    .atMost(WAIT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("store");
  }

  @Test
  void theRemainingBudgetCountsFromWhenTheRequestWasAccepted() {
    Deadline deadline = Deadline.of(Duration.ofMillis(250), 1_000_000_000L);

    assertThat(deadline.remaining(1_100_000_000L)).isEqualTo(ofMs(150));
    assertThat(deadline.remaining(1_300_000_000L)).isEqualTo(ofMs(-50));
  }

  private static Duration ofMs(long millis) {
    return Duration.ofMillis(millis);
  }
}
