package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The KPIs tenant-service's internal KPI endpoint answers, by their names there. */
public enum Metric {
  @JsonProperty("attach-rate")
  ATTACH_RATE("attach-rate"),
  @JsonProperty("reject-rate")
  REJECT_RATE("reject-rate"),
  @JsonProperty("error-rate")
  ERROR_RATE("error-rate"),
  @JsonProperty("p95-latency-ms")
  P95_LATENCY_MS("p95-latency-ms"),
  @JsonProperty("screening-alerts")
  SCREENING_ALERTS("screening-alerts"),
  @JsonProperty("override-rate")
  OVERRIDE_RATE("override-rate"),
  @JsonProperty("assisted-order-value-lift")
  ASSISTED_ORDER_VALUE_LIFT("assisted-order-value-lift");

  private final String key;

  Metric(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
