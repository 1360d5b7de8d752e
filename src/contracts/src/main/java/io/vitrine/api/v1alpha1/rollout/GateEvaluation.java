package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** One gate's last evaluation. */
public class GateEvaluation {
  @JsonPropertyDescription("The phase of the gate.")
  private String phase;

  @JsonPropertyDescription("The feature whose KPIs were read.")
  private String feature;

  @JsonPropertyDescription("The metric.")
  private String metric;

  @JsonPropertyDescription("The comparison.")
  private Comparison comparison;

  @JsonPropertyDescription("The threshold.")
  private double threshold;

  @JsonPropertyDescription("The observed value, absent while nothing was measured.")
  private Double observedValue;

  @JsonPropertyDescription("The sample size behind the observed value.")
  private long sampleSize;

  @JsonPropertyDescription("The sample size the gate needs to decide.")
  private long minSampleSize;

  @JsonPropertyDescription("Passed, Failed, or Pending (sample below minSampleSize).")
  private GateResult result;

  @JsonPropertyDescription("When the evaluation last changed (value, sample or result).")
  private String evaluatedAt;

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public String getFeature() {
    return feature;
  }

  public void setFeature(String feature) {
    this.feature = feature;
  }

  public String getMetric() {
    return metric;
  }

  public void setMetric(String metric) {
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

  public Double getObservedValue() {
    return observedValue;
  }

  public void setObservedValue(Double observedValue) {
    this.observedValue = observedValue;
  }

  public long getSampleSize() {
    return sampleSize;
  }

  public void setSampleSize(long sampleSize) {
    this.sampleSize = sampleSize;
  }

  public long getMinSampleSize() {
    return minSampleSize;
  }

  public void setMinSampleSize(long minSampleSize) {
    this.minSampleSize = minSampleSize;
  }

  public GateResult getResult() {
    return result;
  }

  public void setResult(GateResult result) {
    this.result = result;
  }

  public String getEvaluatedAt() {
    return evaluatedAt;
  }

  public void setEvaluatedAt(String evaluatedAt) {
    this.evaluatedAt = evaluatedAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GateEvaluation other
        && Objects.equals(phase, other.phase)
        && Objects.equals(feature, other.feature)
        && Objects.equals(metric, other.metric)
        && Objects.equals(comparison, other.comparison)
        && Double.compare(threshold, other.threshold) == 0
        && Objects.equals(observedValue, other.observedValue)
        && sampleSize == other.sampleSize
        && minSampleSize == other.minSampleSize
        && Objects.equals(result, other.result)
        && Objects.equals(evaluatedAt, other.evaluatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        phase,
        feature,
        metric,
        comparison,
        threshold,
        observedValue,
        sampleSize,
        minSampleSize,
        result,
        evaluatedAt);
  }
}
