package io.vitrine.tenant.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(1));

  @Test
  void theWaitDoublesAfterEachFailureUpToTheCeiling() {
    assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(32));
    assertThat(backoff.after(6)).isEqualTo(Duration.ofMinutes(1));
    assertThat(backoff.after(1_000)).isEqualTo(Duration.ofMinutes(1));
  }
}
