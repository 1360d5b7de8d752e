package io.vitrine.operator.rollout;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock rollouts measure phases with (tests of the pure machine pass their own instants). */
public class RolloutClock {

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
