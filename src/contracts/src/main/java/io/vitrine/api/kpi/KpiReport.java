package io.vitrine.api.kpi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A feature's KPIs over a set of stores, as tenant-service's {@code POST /v1/internal/kpis} answers
 * a {@link KpiRequest}: {@code metrics} over all of them, {@code perStore} by POS location id
 * (stores without events nor sales are absent). Metrics are named as the StoreRollout API's {@code
 * Metric.key()} (attach-rate, ...); a reader ignores the fields it does not know.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KpiReport(
    String feature,
    OffsetDateTime since,
    Map<String, MetricValue> metrics,
    Map<String, Map<String, MetricValue>> perStore) {

  public KpiReport {
    metrics = metrics == null ? Map.of() : metrics;
    perStore = perStore == null ? Map.of() : perStore;
  }

  /**
   * @param value null when the denominator is zero
   * @param sampleSize the denominator count
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record MetricValue(Double value, long sampleSize) {}
}
