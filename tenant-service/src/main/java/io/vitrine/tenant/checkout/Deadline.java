package io.vitrine.tenant.checkout;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * One request's time budget, counted from when the request was accepted. {@link #guard} answers
 * with the fallback when the work has not produced its item by then; work whose budget is already
 * spent is not started at all.
 */
public final class Deadline {

  private final long expiresAtNanos;

  private Deadline(long expiresAtNanos) {
    this.expiresAtNanos = expiresAtNanos;
  }

  /** A deadline {@code budget} after {@code startedNanos} (a {@link System#nanoTime()} reading). */
  public static Deadline of(Duration budget, long startedNanos) {
    return new Deadline(startedNanos + budget.toNanos());
  }

  /** What is left of the budget at {@code nowNanos}; zero or negative once it is spent. */
  public Duration remaining(long nowNanos) {
    return Duration.ofNanos(expiresAtNanos - nowNanos);
  }

  /**
   * The work's item if it comes within the budget, else the fallback's; the late work is cancelled.
   */
  public <T> Uni<T> guard(Supplier<Uni<T>> work, Supplier<Uni<T>> exceeded) {
    return Uni.createFrom()
        .deferred(
            () -> {
              Duration left = remaining(System.nanoTime());
              if (left.isNegative() || left.isZero()) {
                return exceeded.get();
              }
              return work.get().ifNoItem().after(left).recoverWithUni(exceeded::get);
            });
  }
}
