package io.vitrine.tenant.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.api.kpi.KpiReport.MetricValue;
import org.junit.jupiter.api.Test;

class KpiCountsTest {

  @Test
  void ratiosUseTheirDenominatorAsSampleSize() {
    var metrics = new KpiCounts(40, 10, 4, 1, 5, 2, 350.0, 38).metrics();

    assertThat(metrics.get("attach-rate")).isEqualTo(new MetricValue(0.25, 40));
    assertThat(metrics.get("reject-rate")).isEqualTo(new MetricValue(0.1, 40));
    assertThat(metrics.get("error-rate")).isEqualTo(new MetricValue(2.0 / 42, 42));
    assertThat(metrics.get("override-rate")).isEqualTo(new MetricValue(0.2, 5));
    assertThat(metrics.get("screening-alerts")).isEqualTo(new MetricValue(5.0, 40));
    assertThat(metrics.get("p95-latency-ms")).isEqualTo(new MetricValue(350.0, 38));
  }

  @Test
  void aRateWithNothingToDivideByHasNoValue() {
    var metrics = new KpiCounts(0, 0, 0, 0, 0, 0, null, 0).metrics();

    assertThat(metrics.get("attach-rate")).isEqualTo(new MetricValue(null, 0));
    assertThat(metrics.get("override-rate").value()).isNull();
    assertThat(metrics.get("p95-latency-ms").value()).isNull();
  }
}
