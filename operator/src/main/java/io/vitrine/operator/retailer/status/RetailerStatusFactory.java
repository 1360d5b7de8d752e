package io.vitrine.operator.retailer.status;

import io.vitrine.operator.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.api.v1alpha1.RetailerIntegrationStatus;
import io.vitrine.operator.retailer.RetailerWorkflow;
import io.vitrine.operator.retailer.model.TenantNames;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The status of a RetailerIntegration, computed from what became of each of its dependents. */
public final class RetailerStatusFactory {

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
      if (!ready && worst.map(w -> rank(outcome) > rank(w)).orElse(true)) {
        worst = Optional.of(outcome);
      }
    }
    summarize(conditions, worst, retailer);
    return status(retailer, conditions.build(), generation, servicePort);
  }

  private static void summarize(
      Conditions conditions, Optional<Outcome> worst, RetailerIntegration retailer) {
    if (worst.isEmpty()) {
      String reason = retailer.getSpec().isSuspend() ? "Suspended" : "Ready";
      conditions.set("Ready", true, reason, "Every part of the tenant is ready");
      conditions.set("Reconciling", false, reason, "");
      conditions.set("Stalled", false, reason, "");
      return;
    }
    Outcome cause = worst.get();
    conditions.set("Ready", false, cause.reason(), cause.message());
    conditions.set("Reconciling", !cause.needsIntervention(), cause.reason(), cause.message());
    conditions.set("Stalled", cause.needsIntervention(), cause.reason(), cause.message());
  }

  private static Outcome partOutcome(List<String> dependents, Map<String, Outcome> outcomes) {
    return dependents.stream()
        .map(name -> outcomes.getOrDefault(name, Outcome.waiting(name)))
        .filter(outcome -> outcome.kind() != Outcome.Kind.READY)
        .max((a, b) -> Integer.compare(rank(a), rank(b)))
        .orElse(Outcome.ready());
  }

  /** Failures say more than waits, and waits more than progress. */
  private static int rank(Outcome outcome) {
    return switch (outcome.kind()) {
      case READY -> 0;
      case NOT_READY -> 1;
      case WAITING -> 2;
      case FAILED -> 3;
    };
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
