package io.vitrine.tenant.checkout;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.flags.Feature;
import io.vitrine.tenant.kpi.FeatureEventKind;
import io.vitrine.tenant.kpi.FeatureEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The per-request deadline of the till's endpoints ({@code vitrine.checkout.deadline}), and what a
 * missed one leaves behind: the counter {@code vitrine.checkout.deadline.exceeded} tagged with the
 * endpoint, and an ERROR feature event with the time spent.
 */
@ApplicationScoped
public class CheckoutDeadlines {

  static final String COUNTER = "vitrine.checkout.deadline.exceeded";
  private static final Logger LOG = Logger.getLogger(CheckoutDeadlines.class);

  private static final long WARNING_INTERVAL_NANOS = Duration.ofSeconds(10).toNanos();

  private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARNING_INTERVAL_NANOS);
  private final Duration budget;
  private final FeatureEvents events;
  private final MeterRegistry registry;

  public CheckoutDeadlines(CheckoutConfig config, FeatureEvents events, MeterRegistry registry) {
    this.budget = config.deadline();
    this.events = events;
    this.registry = registry;
  }

  /** The deadline of a request accepted at {@code startedNanos}. */
  public Deadline startedAt(long startedNanos) {
    return Deadline.of(budget, startedNanos);
  }

  /** Counts and records a missed deadline of {@code feature}'s endpoint for the store. */
  public Uni<Void> exceeded(Feature feature, String endpoint, String storeId, long startedNanos) {
    Duration spent = Duration.ofNanos(System.nanoTime() - startedNanos);
    Counter.builder(COUNTER)
        .description("Till requests answered after the checkout deadline ran out")
        .tag("endpoint", endpoint)
        .register(registry)
        .increment();
    warnAtMostEvery10s(endpoint, spent);
    return events.record(feature, storeId, FeatureEventKind.ERROR, spent, null);
  }

  // One line per miss made an overloaded service log hundreds of lines a second; the counter
  // counts every miss.
  private void warnAtMostEvery10s(String endpoint, Duration spent) {
    long now = System.nanoTime();
    long last = lastWarning.get();
    if (now - last >= WARNING_INTERVAL_NANOS && lastWarning.compareAndSet(last, now)) {
      LOG.warnf(
          "checkout %s missed its %d ms deadline (%d ms spent); see the %s counter for how often",
          endpoint, budget.toMillis(), spent.toMillis(), COUNTER);
    }
  }

  public Duration budget() {
    return budget;
  }
}
