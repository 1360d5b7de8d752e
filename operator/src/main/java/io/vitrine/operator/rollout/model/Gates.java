package io.vitrine.operator.rollout.model;

import io.vitrine.api.kpi.KpiReport;
import io.vitrine.api.kpi.KpiReport.MetricValue;
import io.vitrine.api.v1alpha1.rollout.FeatureName;
import io.vitrine.api.v1alpha1.rollout.GateEvaluation;
import io.vitrine.api.v1alpha1.rollout.GateResult;
import io.vitrine.api.v1alpha1.rollout.GateSpec;
import io.vitrine.api.v1alpha1.rollout.StoreRolloutSpec;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Evaluates gates against KPIs, with no client calls. */
public final class Gates {

  private Gates() {}

  /** The feature a gate reads: its own, or the rollout's first. */
  public static FeatureName feature(GateSpec gate, StoreRolloutSpec spec) {
    return gate.getFeature() != null ? gate.getFeature() : spec.getFeatures().get(0).getName();
  }

  /**
   * Pending while the sample is below the gate's minimum; with nothing measured at all, Passed when
   * the gate asks for no sample (minSampleSize 0), Pending otherwise.
   */
  public static GateEvaluation evaluate(
      String phase,
      GateSpec gate,
      FeatureName feature,
      Map<String, MetricValue> metrics,
      Instant now) {
    MetricValue value = metrics.get(gate.getMetric().key());
    var evaluation = new GateEvaluation();
    evaluation.setPhase(phase);
    evaluation.setFeature(feature.key());
    evaluation.setMetric(gate.getMetric().key());
    evaluation.setComparison(gate.getComparison());
    evaluation.setThreshold(gate.getThreshold());
    evaluation.setMinSampleSize(gate.getMinSampleSize());
    evaluation.setEvaluatedAt(now.toString());
    evaluation.setObservedValue(value == null ? null : value.value());
    evaluation.setSampleSize(value == null ? 0 : value.sampleSize());
    evaluation.setResult(result(gate, value, gate.getMinSampleSize()));
    return evaluation;
  }

  /**
   * Stores whose own KPIs fail a gate. A store needs its share of the gate's minimum sample (at
   * least one) to count as failing.
   */
  public static List<String> failingStores(
      List<GateSpec> gates,
      StoreRolloutSpec spec,
      Map<FeatureName, KpiReport> kpis,
      Collection<String> stores) {
    var failing = new TreeSet<String>();
    long share = stores.isEmpty() ? 1 : Math.max(1, gatesMinimum(gates) / stores.size());
    for (GateSpec gate : gates) {
      perStore(kpis.get(feature(gate, spec)))
          .forEach(
              (store, metrics) -> {
                var value = metrics.get(gate.getMetric().key());
                if (stores.contains(store)
                    && result(gate, value, Math.max(share, 1)) == GateResult.Failed) {
                  failing.add(store);
                }
              });
    }
    return List.copyOf(failing);
  }

  /** Every store's metrics; none when nothing was measured for the feature. */
  private static Map<String, Map<String, MetricValue>> perStore(KpiReport kpis) {
    return kpis == null ? Map.of() : kpis.perStore();
  }

  private static long gatesMinimum(List<GateSpec> gates) {
    return gates.stream().mapToLong(g -> g.getMinSampleSize()).max().orElse(1);
  }

  private static GateResult result(GateSpec gate, MetricValue value, long minSampleSize) {
    if (value == null || value.value() == null) {
      // Nothing measured: a gate that asks for no sample does not wait for one.
      return minSampleSize == 0 ? GateResult.Passed : GateResult.Pending;
    }
    if (value.sampleSize() < minSampleSize) {
      return GateResult.Pending;
    }
    return gate.getComparison().holds(value.value(), gate.getThreshold())
        ? GateResult.Passed
        : GateResult.Failed;
  }

  /** The failed gate in words, with its observed value and sample size. */
  public static String describeFailure(GateEvaluation gate) {
    return "gate %s %s %s on %s failed in phase %s: observed %s over %d samples"
        .formatted(
            gate.getMetric(),
            gate.getComparison(),
            gate.getThreshold(),
            gate.getFeature(),
            gate.getPhase(),
            gate.getObservedValue(),
            gate.getSampleSize());
  }
}
