package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;

/** A KPI condition: metric, comparison, threshold, and the sample needed to decide. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class GateSpec {

  @Required
  @JsonPropertyDescription(
      "The KPI, measured by tenant-service per feature over the phase's stores: attach-rate"
          + " (accepted/shown), reject-rate (rejected/shown), error-rate (errors/(shown+errors)),"
          + " p95-latency-ms, screening-alerts (count of alerts), override-rate"
          + " (overridden/alerts), assisted-order-value-lift (average order value of sales the"
          + " feature assisted / that of the other sales - 1; sample: the smaller side).")
  private Metric metric;

  @Required
  @JsonPropertyDescription("How the observed value must compare with the threshold to pass.")
  private Comparison comparison;

  @Required
  @JsonPropertyDescription("The threshold, e.g. 0.25 for a rate or 800 for a latency in ms.")
  private double threshold;

  @Default("0")
  @Min(0)
  @JsonPropertyDescription(
      "Below this sample size (the metric's denominator) the gate is not decided yet and the"
          + " rollout waits (until progressDeadline).")
  private long minSampleSize;

  @JsonPropertyDescription(
      "The feature whose KPIs this gate reads; defaults to the rollout's first feature.")
  private FeatureName feature;

  public Metric getMetric() {
    return metric;
  }

  public void setMetric(Metric metric) {
    this.metric = metric;
  }

  public Comparison getComparison() {
    return comparison;
  }

  public void setComparison(Comparison comparison) {
    this.comparison = comparison;
  }

  public double getThreshold() {
    return threshold;
  }

  public void setThreshold(double threshold) {
    this.threshold = threshold;
  }

  public long getMinSampleSize() {
    return minSampleSize;
  }

  public void setMinSampleSize(long minSampleSize) {
    this.minSampleSize = minSampleSize;
  }

  public FeatureName getFeature() {
    return feature;
  }

  public void setFeature(FeatureName feature) {
    this.feature = feature;
  }
}
