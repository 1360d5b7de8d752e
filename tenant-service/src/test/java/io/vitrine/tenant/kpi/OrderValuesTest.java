package io.vitrine.tenant.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vitrine.api.kpi.KpiReport.MetricValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderValuesTest {

  @Test
  void theLiftIsAssistedOverUnassistedAovMinusOne() {
    var orders = new OrderValues(4, new BigDecimal("150"), 10, new BigDecimal("120"), "EUR", 1);

    assertThat(orders.lift()).isCloseTo(0.25, within(1e-12));
    var metrics = orders.metrics();
    assertThat(metrics.get("assisted-sales")).isEqualTo(new MetricValue(4.0, 14));
    assertThat(metrics.get("unassisted-sales")).isEqualTo(new MetricValue(10.0, 14));
    assertThat(metrics.get("assisted-aov")).isEqualTo(new MetricValue(150.0, 4));
    assertThat(metrics.get("unassisted-aov")).isEqualTo(new MetricValue(120.0, 10));
    assertThat(metrics.get("assisted-order-value-lift").sampleSize()).isEqualTo(4);
  }

  @Test
  void aSideWithoutSalesLeavesTheLiftWithoutValue() {
    var unassistedOnly = new OrderValues(0, null, 3, new BigDecimal("80"), "EUR", 1);
    var assistedOnly = new OrderValues(2, new BigDecimal("80"), 0, null, "EUR", 1);

    assertThat(unassistedOnly.lift()).isNull();
    assertThat(assistedOnly.lift()).isNull();
    assertThat(unassistedOnly.metrics().get("assisted-order-value-lift"))
        .isEqualTo(new MetricValue(null, 0));
  }

  @Test
  void severalCurrenciesAreNeverAveragedTogether() {
    var mixed = new OrderValues(2, new BigDecimal("90"), 3, new BigDecimal("80"), "EUR", 2);

    assertThat(mixed.assistedAov()).isNull();
    assertThat(mixed.unassistedAov()).isNull();
    assertThat(mixed.currency()).isNull();
    assertThat(mixed.lift()).isNull();
    assertThat(mixed.metrics().get("assisted-sales")).isEqualTo(new MetricValue(2.0, 5));
  }
}
