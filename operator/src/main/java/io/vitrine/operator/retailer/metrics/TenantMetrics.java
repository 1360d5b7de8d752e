package io.vitrine.operator.retailer.metrics;

import io.fabric8.kubernetes.api.model.Condition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Operator metrics beyond JOSDK's reconcile metrics, with low cardinality: tenants per condition
 * and status (never per tenant), and checks of external parts per part.
 */
@ApplicationScoped
public class TenantMetrics {

  @Inject MeterRegistry registry;

  private final Map<String, Map<String, String>> conditionsByTenant = new ConcurrentHashMap<>();
  private final Map<String, Boolean> registeredGauges = new ConcurrentHashMap<>();

  /** Records a tenant's current conditions. */
  public void tenantConditions(String tenant, List<Condition> conditions) {
    var statuses = new ConcurrentHashMap<String, String>();
    conditions.forEach(c -> statuses.put(c.getType(), c.getStatus()));
    conditionsByTenant.put(tenant, statuses);
    conditions.forEach(c -> registerGauges(c.getType()));
  }

  public void tenantGone(String tenant) {
    conditionsByTenant.remove(tenant);
  }

  /** Counts a periodic check of an external part (database, catalog-index, realm). */
  public void externalCheck(String part) {
    Counter.builder("vitrine.external.checks")
        .description("Periodic checks of tenants' external parts")
        .tag("part", part)
        .register(registry)
        .increment();
  }

  /** Times a create or update of an external part: where a new tenant's seconds go. */
  public void timeApply(String part, Runnable apply) {
    Timer.builder("vitrine.external.apply")
        .description("Creating or updating tenants' external parts")
        .tag("part", part)
        .register(registry)
        .record(apply);
  }

  private void registerGauges(String type) {
    registeredGauges.computeIfAbsent(
        type,
        t -> {
          for (String status : List.of("True", "False")) {
            Gauge.builder("vitrine.tenants", () -> count(t, status))
                .description("Tenants by status condition")
                .tag("condition", t)
                .tag("status", status)
                .register(registry);
          }
          return true;
        });
  }

  private long count(String type, String status) {
    return conditionsByTenant.values().stream().filter(c -> status.equals(c.get(type))).count();
  }
}
