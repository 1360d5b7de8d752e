package io.vitrine.operator.retailer.status;

import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.api.v1alpha1.RetailerIntegrationStatus;
import io.vitrine.operator.retailer.RetailerWorkflow;
import io.vitrine.operator.retailer.model.TenantNames;
import io.vitrine.operator.status.Conditions;
import io.vitrine.operator.status.Kstatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The status of a RetailerIntegration, computed from what became of each of its dependents. */
public final class RetailerStatusFactory {

  private static final Comparator<Outcome> WORST = Comparator.comparing(Outcome::kind);

  private RetailerStatusFactory() {}

  public static RetailerIntegrationStatus build(
      RetailerIntegration retailer, Map<String, Outcome> outcomes, int servicePort, Instant now) {
    var previous =
        Optional.ofNullable(retailer.getStatus())
            .map(RetailerIntegrationStatus::getConditions)
            .orElse(List.of());
    long generation = Objects.requireNonNullElse(retailer.getMetadata().getGeneration(), 1L);
    var conditions = new Conditions(previous, generation, now);
    Optional<Outcome> worst = Optional.empty();
    for (var part : RetailerWorkflow.PARTS.entrySet()) {
      Outcome outcome = partOutcome(part.getValue(), outcomes);
      boolean ready = outcome.kind() == Outcome.Kind.READY;
      conditions.set(
          part.getKey(),
          ready,
          ready ? readyReason(retailer, part.getKey()) : outcome.reason(),
          outcome.message());
      if (!ready && worst.map(w -> WORST.compare(outcome, w) > 0).orElse(true)) {
        worst = Optional.of(outcome);
      }
    }
    summarize(conditions, worst(worst, unattributed(outcomes)), retailer);
    return status(retailer, conditions.build(), generation, servicePort);
  }

  private static void summarize(
      Conditions conditions, Optional<Outcome> worst, RetailerIntegration retailer) {
    if (worst.isEmpty()) {
      String reason = retailer.getSpec().isSuspend() ? "Suspended" : "Ready";
      conditions.set(Kstatus.READY, true, reason, "Every part of the tenant is ready");
      conditions.set(Kstatus.RECONCILING, false, reason, "");
      conditions.set(Kstatus.STALLED, false, reason, "");
      return;
    }
    Outcome cause = worst.get();
    conditions.set(Kstatus.READY, false, cause.reason(), cause.message());
    conditions.set(
        Kstatus.RECONCILING, !cause.needsIntervention(), cause.reason(), cause.message());
    conditions.set(Kstatus.STALLED, cause.needsIntervention(), cause.reason(), cause.message());
  }

  private static Outcome partOutcome(List<String> dependents, Map<String, Outcome> outcomes) {
    return dependents.stream()
        .map(name -> outcomes.getOrDefault(name, Outcome.waiting(name)))
        .max(WORST)
        .orElse(Outcome.ready());
  }

  /** Outcomes of no part (a failure of the reconciler itself) still decide Ready. */
  private static Optional<Outcome> unattributed(Map<String, Outcome> outcomes) {
    return outcomes.entrySet().stream()
        .filter(
            entry ->
                RetailerWorkflow.PARTS.values().stream().noneMatch(p -> p.contains(entry.getKey())))
        .map(Map.Entry::getValue)
        .filter(outcome -> outcome.kind() != Outcome.Kind.READY)
        .max(WORST);
  }

  private static Optional<Outcome> worst(Optional<Outcome> a, Optional<Outcome> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).max(WORST);
  }

  private static String readyReason(RetailerIntegration retailer, String part) {
    return "WorkloadReady".equals(part) && retailer.getSpec().isSuspend() ? "Suspended" : "Ready";
  }

  private static RetailerIntegrationStatus status(
      RetailerIntegration retailer,
      List<io.fabric8.kubernetes.api.model.Condition> conditions,
      long generation,
      int port) {
    var names = TenantNames.of(retailer);
    var status = new RetailerIntegrationStatus();
    status.setObservedGeneration(generation);
    status.setConditions(conditions);
    status.setNamespace(names.namespace());
    status.setRealm(names.realm());
    status.setIndexAlias(names.indexAlias());
    status.setDatabaseSchema(names.databaseSchema());
    status.setServiceUrl(names.serviceUrl(port));
    return status;
  }
}
