package io.vitrine.tenant.messages;

import java.time.Duration;

/** Exponential backoff: the initial wait doubled after each failed attempt, up to a ceiling. */
public record Backoff(Duration initial, Duration max) {

  /** The wait after {@code attempts} failed attempts (1 or more). */
  public Duration after(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 30));
    Duration wait = initial.multipliedBy(1L << doublings);
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
