package io.vitrine.operator.rollout.model;

import io.vitrine.api.kpi.KpiReport;
import io.vitrine.api.kpi.KpiReport.MetricValue;
import io.vitrine.api.v1alpha1.rollout.CurrentPhase;
import io.vitrine.api.v1alpha1.rollout.FeatureName;
import io.vitrine.api.v1alpha1.rollout.GateEvaluation;
import io.vitrine.api.v1alpha1.rollout.GateSpec;
import io.vitrine.api.v1alpha1.rollout.PhaseSpec;
import io.vitrine.api.v1alpha1.rollout.PhaseStoreCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates the gates of the running phase on the KPIs of its stores since it started, into
 * status.gates, and counts its failing stores into status.phases.
 */
final class PhaseGates {

  static final int FAILING_STORES_LIMIT = 20;

  private final Step step;
  private final EnabledStores stores;
  private final KpiSource kpiSource;

  PhaseGates(Step step, EnabledStores stores, KpiSource kpiSource) {
    this.step = step;
    this.stores = stores;
    this.kpiSource = kpiSource;
  }

  /** The evaluations of the phase's gates, in spec order, also written into status.gates. */
  List<GateEvaluation> evaluate(int index, CurrentPhase current) {
    PhaseSpec phase = step.phase(index);
    Map<FeatureName, KpiReport> kpis = read(index, phase, current);
    List<GateEvaluation> evaluations = new ArrayList<>();
    for (GateSpec gate : phase.getGates()) {
      FeatureName feature = Gates.feature(gate, step.spec());
      evaluations.add(
          Gates.evaluate(phase.getName(), gate, feature, metrics(kpis.get(feature)), step.now()));
    }
    keepTimesWhileUnchanged(evaluations);
    step.status().setGates(evaluations);
    countFailingStores(index, phase, kpis);
    return evaluations;
  }

  /** One KPI query per feature the gates read, over the phase's measured stores. */
  private Map<FeatureName, KpiReport> read(int index, PhaseSpec phase, CurrentPhase current) {
    var kpis = new EnumMap<FeatureName, KpiReport>(FeatureName.class);
    List<String> measured = stores.measured(index, current.getNewStoresOn());
    if (measured.isEmpty()) {
      return kpis;
    }
    var since = Instant.parse(current.getStartedAt());
    for (GateSpec gate : phase.getGates()) {
      kpis.computeIfAbsent(
          Gates.feature(gate, step.spec()), f -> kpiSource.read(f, since, measured));
    }
    return kpis;
  }

  /** A feature's metrics over the phase's stores; none when nothing was measured. */
  private static Map<String, MetricValue> metrics(KpiReport kpis) {
    return kpis == null ? Map.of() : kpis.metrics();
  }

  /** An unchanged evaluation keeps its time, so an idle phase does not rewrite its status. */
  private void keepTimesWhileUnchanged(List<GateEvaluation> evaluations) {
    for (GateEvaluation evaluation : evaluations) {
      step.status().getGates().stream()
          .filter(old -> sameOutcome(old, evaluation))
          .findFirst()
          .ifPresent(old -> evaluation.setEvaluatedAt(old.getEvaluatedAt()));
    }
  }

  private static boolean sameOutcome(GateEvaluation old, GateEvaluation evaluation) {
    return Objects.equals(old.getPhase(), evaluation.getPhase())
        && Objects.equals(old.getMetric(), evaluation.getMetric())
        && Objects.equals(old.getFeature(), evaluation.getFeature())
        && Objects.equals(old.getObservedValue(), evaluation.getObservedValue())
        && old.getSampleSize() == evaluation.getSampleSize()
        && old.getResult() == evaluation.getResult();
  }

  private void countFailingStores(int index, PhaseSpec phase, Map<FeatureName, KpiReport> kpis) {
    List<String> failing =
        Gates.failingStores(
            phase.getGates(),
            step.spec(),
            kpis,
            new LinkedHashSet<>(stores.phases().get(index).stores()));
    List<PhaseStoreCounts> counts = StoreCounts.perPhase(stores.phases());
    PhaseStoreCounts count = counts.get(index);
    count.setFailing(failing.size());
    count.setFailingStores(
        List.copyOf(failing.subList(0, Math.min(failing.size(), FAILING_STORES_LIMIT))));
    step.status().setPhases(counts);
  }
}
