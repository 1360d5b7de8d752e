package io.vitrine.tenant.stock;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Stock ingestion meters, tagged by source (the POS provider or {@code import}): counts applied and
 * counts ignored because the stored one was as new or newer (repeats, late deliveries), counts
 * whose item has no SKU, and the age of each count when it arrived (from the vendor's time of the
 * count to tenant-service). Duplicate deliveries and the queue's lag are the webhook meters'.
 */
@ApplicationScoped
public class StockMetrics {

  static final String COUNTS = "vitrine.stock.counts";
  static final String UNMAPPED = "vitrine.stock.counts.unmapped";
  static final String AGE = "vitrine.stock.count.age";

  private final MeterRegistry registry;

  public StockMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void counted(String source, int applied, int ignored) {
    registry.counter(COUNTS, "source", source, "outcome", "applied").increment(applied);
    registry.counter(COUNTS, "source", source, "outcome", "ignored").increment(ignored);
  }

  void arrived(List<StockCount> counts, Instant now) {
    for (StockCount count : counts) {
      age(count.source()).record(Math.max(0, Duration.between(count.countedAt(), now).toSeconds()));
    }
  }

  /** Counts the source reported for items that have no SKU: nothing can be offered by them. */
  public void unmapped(String source, int count) {
    registry.counter(UNMAPPED, "source", source).increment(count);
  }

  private DistributionSummary age(String source) {
    return DistributionSummary.builder(AGE)
        .description("Age of a stock count when it arrived, from the source's time of the count")
        .baseUnit("seconds")
        .tag("source", source)
        .register(registry);
  }
}
