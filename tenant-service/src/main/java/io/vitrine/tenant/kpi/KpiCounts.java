package io.vitrine.tenant.kpi;

import io.vitrine.api.kpi.KpiReport.MetricValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Event counts of one store (or of all asked for) and the metrics derived from them: attach-rate =
 * accepted/shown, reject-rate = rejected/shown, error-rate = errors/(shown+errors), p95-latency-ms
 * over shown events with a latency, screening-alerts = alerts (sample: shown), override-rate =
 * overridden/alerts. The sample size is the denominator.
 */
record KpiCounts(
    long shown,
    long accepted,
    long rejected,
    long overridden,
    long alerts,
    long errors,
    Double p95LatencyMs,
    long latencySamples) {

  Map<String, MetricValue> metrics() {
    var metrics = new LinkedHashMap<String, MetricValue>();
    metrics.put("attach-rate", ratio(accepted, shown));
    metrics.put("reject-rate", ratio(rejected, shown));
    metrics.put("error-rate", ratio(errors, shown + errors));
    metrics.put("p95-latency-ms", new MetricValue(p95LatencyMs, latencySamples));
    metrics.put("screening-alerts", new MetricValue((double) alerts, shown));
    metrics.put("override-rate", ratio(overridden, alerts));
    return metrics;
  }

  private static MetricValue ratio(long numerator, long denominator) {
    return new MetricValue(denominator == 0 ? null : (double) numerator / denominator, denominator);
  }
}
