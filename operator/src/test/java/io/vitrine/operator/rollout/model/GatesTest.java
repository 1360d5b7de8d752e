package io.vitrine.operator.rollout.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.api.kpi.KpiReport.MetricValue;
import io.vitrine.api.v1alpha1.rollout.Comparison;
import io.vitrine.api.v1alpha1.rollout.FeatureName;
import io.vitrine.api.v1alpha1.rollout.GateResult;
import io.vitrine.api.v1alpha1.rollout.GateSpec;
import io.vitrine.api.v1alpha1.rollout.Metric;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatesTest {

  @Test
  void anOrderValueLiftGateReadsTheLiftAndWaitsForEnoughSalesOnBothSides() {
    var gate = new GateSpec();
    gate.setMetric(Metric.ASSISTED_ORDER_VALUE_LIFT);
    gate.setComparison(Comparison.GreaterThanOrEqual);
    gate.setThreshold(0.0);
    gate.setMinSampleSize(30);

    assertThat(result(gate, new MetricValue(0.12, 40))).isEqualTo(GateResult.Passed);
    assertThat(result(gate, new MetricValue(-0.05, 40))).isEqualTo(GateResult.Failed);
    assertThat(result(gate, new MetricValue(0.5, 12))).isEqualTo(GateResult.Pending);
    assertThat(result(gate, new MetricValue(null, 0))).isEqualTo(GateResult.Pending);
  }

  private static GateResult result(GateSpec gate, MetricValue lift) {
    var metrics = Map.of("assisted-order-value-lift", lift);
    return Gates.evaluate(
            "pilot", gate, FeatureName.CHECKOUT_RECOMMENDATIONS, metrics, Instant.now())
        .getResult();
  }
}
