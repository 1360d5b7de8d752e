package io.vitrine.tenant.kpi;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A feature's KPIs over a set of stores: {@code metrics} over all of them, {@code perStore} by POS
 * location id (stores without events nor sales are absent). The metrics are those of {@link
 * KpiCounts} and {@link OrderValues}.
 */
public record KpiReport(
    String feature,
    OffsetDateTime since,
    Map<String, MetricValue> metrics,
    Map<String, Map<String, MetricValue>> perStore) {

  /**
   * @param value null when the denominator is zero
   * @param sampleSize the denominator count
   */
  public record MetricValue(Double value, long sampleSize) {}
}
