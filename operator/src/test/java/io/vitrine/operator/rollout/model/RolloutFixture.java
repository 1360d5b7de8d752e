package io.vitrine.operator.rollout.model;

import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.vitrine.api.kpi.KpiReport;
import io.vitrine.api.kpi.KpiReport.MetricValue;
import io.vitrine.api.v1alpha1.rollout.Approval;
import io.vitrine.api.v1alpha1.rollout.Comparison;
import io.vitrine.api.v1alpha1.rollout.FeatureName;
import io.vitrine.api.v1alpha1.rollout.FeatureSpec;
import io.vitrine.api.v1alpha1.rollout.GateSpec;
import io.vitrine.api.v1alpha1.rollout.Metric;
import io.vitrine.api.v1alpha1.rollout.PhaseSpec;
import io.vitrine.api.v1alpha1.rollout.PhaseState;
import io.vitrine.api.v1alpha1.rollout.RolloutAction;
import io.vitrine.api.v1alpha1.rollout.StoreRollout;
import io.vitrine.api.v1alpha1.rollout.StoreRolloutSpec;
import io.vitrine.api.v1alpha1.rollout.StoreRolloutStatus;
import io.vitrine.api.v1alpha1.rollout.StoreSelection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A rollout over 20 stores (loc-00..loc-19; even ones in region north) with phases pilot (loc-00),
 * cohort (region north) and chain (all), driven step by step with a clock that moves by hand.
 */
final class RolloutFixture {

  static final Duration INTERVAL = Duration.ofSeconds(1);

  final StoreRollout rollout = new StoreRollout();
  final List<Store> registry =
      IntStream.range(0, 20)
          .mapToObj(
              i ->
                  new Store(
                      "loc-%02d".formatted(i), Map.of("region", i % 2 == 0 ? "north" : "south")))
          .toList();
  Instant now = Instant.parse("2026-01-01T10:00:00Z");

  /** What tenant-service answers for every feature: metrics over the stores, and per store. */
  Map<String, MetricValue> metrics = Map.of();

  Map<String, Map<String, MetricValue>> perStore = Map.of();

  final List<List<String>> kpiQueries = new ArrayList<>();
  RolloutMachine.Result last;

  RolloutFixture() {
    rollout.setMetadata(
        new ObjectMetaBuilder()
            .withName("ai")
            .withNamespace("vitrine-acme")
            .withGeneration(1L)
            .withUid("uid-1")
            .build());
    var spec = new StoreRolloutSpec();
    var feature = new FeatureSpec();
    feature.setName(FeatureName.CHECKOUT_RECOMMENDATIONS);
    feature.getSettings().put("maxSuggestions", "3");
    spec.getFeatures().add(feature);
    spec.getPhases().add(phase("pilot", ids("loc-00")));
    spec.getPhases().add(phase("cohort", north()));
    spec.getPhases().add(phase("chain", all()));
    spec.setTargetPhase("chain");
    spec.setProgressDeadline("60s");
    rollout.setSpec(spec);
  }

  StoreRollout rolloutStarted() {
    step();
    return rollout;
  }

  StoreRolloutSpec spec() {
    return rollout.getSpec();
  }

  PhaseSpec phase(String name) {
    return spec().getPhases().stream()
        .filter(p -> p.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  static PhaseSpec phase(String name, StoreSelection stores) {
    var phase = new PhaseSpec();
    phase.setName(name);
    phase.setStores(stores);
    phase.setMinDuration("10s");
    var gate = new GateSpec();
    gate.setMetric(Metric.ATTACH_RATE);
    gate.setComparison(Comparison.GreaterThanOrEqual);
    gate.setThreshold(0.2);
    gate.setMinSampleSize(10);
    phase.getGates().add(gate);
    return phase;
  }

  static StoreSelection ids(String... ids) {
    var selection = new StoreSelection();
    selection.setIds(List.of(ids));
    return selection;
  }

  static StoreSelection north() {
    var selection = new StoreSelection();
    selection.setSelector(new LabelSelectorBuilder().addToMatchLabels("region", "north").build());
    return selection;
  }

  static StoreSelection all() {
    var selection = new StoreSelection();
    selection.setAll(true);
    return selection;
  }

  RolloutFixture requireApproval(String phase) {
    phase(phase).setApproval(Approval.Required);
    return this;
  }

  RolloutFixture goodKpis() {
    return kpis(Map.of("attach-rate", new MetricValue(0.35, 100)), Map.of());
  }

  RolloutFixture badKpis() {
    return kpis(
        Map.of("attach-rate", new MetricValue(0.05, 100)),
        Map.of(
            "loc-02", Map.of("attach-rate", new MetricValue(0.0, 40)),
            "loc-04", Map.of("attach-rate", new MetricValue(0.5, 40))));
  }

  RolloutFixture smallSample() {
    return kpis(Map.of("attach-rate", new MetricValue(0.01, 3)), Map.of());
  }

  RolloutFixture kpis(
      Map<String, MetricValue> metrics, Map<String, Map<String, MetricValue>> perStore) {
    this.metrics = metrics;
    this.perStore = perStore;
    return this;
  }

  /** A Git edit: a new generation. */
  RolloutFixture edit(java.util.function.Consumer<StoreRolloutSpec> change) {
    change.accept(spec());
    rollout.getMetadata().setGeneration(rollout.getMetadata().getGeneration() + 1);
    return this;
  }

  RolloutMachine.Result step() {
    return step(Optional.empty());
  }

  RolloutMachine.Result step(Optional<RolloutAction> action) {
    var input =
        new RolloutMachine.Input(
            rollout,
            now,
            PhaseStores.resolve(spec().getPhases(), registry),
            registry.size(),
            action,
            (feature, since, stores) -> {
              kpiQueries.add(stores);
              return new KpiReport(
                  feature.key(), since.atOffset(ZoneOffset.UTC), metrics, perStore);
            },
            INTERVAL);
    last = RolloutMachine.step(input);
    rollout.setStatus(last.status());
    return last;
  }

  RolloutMachine.Result act(String action, String phase) {
    return step(
        Optional.of(
            new RolloutAction(
                java.util.UUID.randomUUID().toString(),
                action,
                phase,
                "jane@example.com",
                now.toString(),
                null)));
  }

  RolloutFixture after(Duration duration) {
    now = now.plus(duration);
    return this;
  }

  StoreRolloutStatus status() {
    return rollout.getStatus();
  }

  String phaseName() {
    return status().getCurrentPhase().getName();
  }

  PhaseState state() {
    return status().getCurrentPhase().getState();
  }

  Set<String> storesOn() {
    return last.flags().features().get("checkout-recommendations").stores();
  }

  boolean allStoresOn() {
    return last.flags().features().get("checkout-recommendations").allStores();
  }

  String condition(String type) {
    return status().getConditions().stream()
        .filter(c -> c.getType().equals(type))
        .map(c -> c.getStatus() + "/" + c.getReason())
        .findFirst()
        .orElse(null);
  }

  /** Steps until the phase changes or 100 steps, moving the clock by the interval each time. */
  void runThrough(String phase) {
    for (int i = 0; i < 100 && phaseName().equals(phase); i++) {
      after(INTERVAL).step();
    }
  }
}
