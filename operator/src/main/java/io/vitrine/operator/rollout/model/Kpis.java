package io.vitrine.operator.rollout.model;

import java.util.Map;

/**
 * KPIs of one feature over a phase's stores, as tenant-service's internal KPI endpoint answers.
 *
 * @param metrics by metric name (attach-rate, ...), over all the stores asked for
 * @param perStore the same metrics per POS location id
 */
public record Kpis(Map<String, Value> metrics, Map<String, Map<String, Value>> perStore) {

  public static final Kpis NONE = new Kpis(Map.of(), Map.of());

  public Kpis {
    metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    perStore = perStore == null ? Map.of() : Map.copyOf(perStore);
  }

  /**
   * One measured metric.
   *
   * @param value absent when the denominator was zero
   * @param sampleSize the denominator count
   */
  public record Value(Double value, long sampleSize) {}
}
