package io.vitrine.operator.rollout;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.MaxReconciliationInterval;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.retry.GradualRetry;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRollout;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRolloutStatus;
import io.vitrine.operator.config.OperatorConfig;
import io.vitrine.operator.rollout.model.PhaseStores;
import io.vitrine.operator.rollout.model.RolloutAction;
import io.vitrine.operator.rollout.model.RolloutEvent;
import io.vitrine.operator.rollout.model.RolloutMachine;
import io.vitrine.operator.rollout.status.RolloutConditions;
import io.vitrine.operator.rollout.tenant.TenantService;
import io.vitrine.operator.rollout.tenant.TenantServices;
import io.vitrine.operator.status.Conditions;
import io.vitrine.operator.status.Kstatus;
import io.vitrine.operator.status.StatusPatch;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Drives a StoreRollout: reads the tenant's store registry, steps the {@link RolloutMachine},
 * publishes the flags it asks for, and records status and Events. Action annotations change no
 * generation, so every change of the resource is reconciled, not only spec changes.
 */
@ControllerConfiguration(
    name = "storerollout",
    generationAwareEventProcessing = false,
    maxReconciliationInterval =
        @MaxReconciliationInterval(interval = 5, timeUnit = TimeUnit.MINUTES))
@GradualRetry(
    maxAttempts = 100000,
    initialInterval = 1000,
    intervalMultiplier = 2,
    maxInterval = 30000)
public class StoreRolloutReconciler implements Reconciler<StoreRollout> {

  private static final Logger LOG = Logger.getLogger(StoreRolloutReconciler.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OperatorConfig config;
  private final TenantServices tenants;
  private final FlagsPublisher flags;
  private final RolloutEvents events;
  private final Clock clock;

  public StoreRolloutReconciler(
      OperatorConfig config,
      TenantServices tenants,
      FlagsPublisher flags,
      RolloutEvents events,
      Clock clock) {
    this.config = config;
    this.tenants = tenants;
    this.flags = flags;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public UpdateControl<StoreRollout> reconcile(
      StoreRollout rollout, Context<StoreRollout> context) {
    Optional<TenantService> tenant = tenants.of(rollout.getMetadata().getNamespace());
    if (tenant.isEmpty()) {
      return stalled(
          rollout,
          "NotATenantNamespace",
          "namespace " + rollout.getMetadata().getNamespace() + " is not a Vitrine tenant's");
    }
    var registry = tenant.get().stores();
    var result =
        RolloutMachine.step(
            new RolloutMachine.Input(
                rollout,
                clock.instant(),
                PhaseStores.resolve(rollout.getSpec().getPhases(), registry),
                registry.size(),
                RolloutAction.parse(annotation(rollout)),
                tenant.get(),
                config.rollout().evaluationInterval()));
    var published = flags.publish(rollout, result.flags());
    StoreRolloutStatus next = result.status();
    next.setFlagsRevision(published.revision());
    result.events().forEach(event -> events.record(rollout, event));
    if (published.changed()) {
      events.record(
          rollout,
          new RolloutEvent(
              false,
              "FlagsPublished",
              "flags revision %d: %d stores on"
                  .formatted(published.revision(), next.getStoresEnabled())));
    }
    UpdateControl<StoreRollout> control = StatusPatch.ifChanged(rollout, next);
    result
        .requeue()
        .ifPresent(after -> control.rescheduleAfter(after.toMillis(), TimeUnit.MILLISECONDS));
    return control;
  }

  @Override
  public ErrorStatusUpdateControl<StoreRollout> updateErrorStatus(
      StoreRollout rollout, Context<StoreRollout> context, Exception e) {
    LOG.warnf(
        "rollout %s/%s: %s",
        rollout.getMetadata().getNamespace(), rollout.getMetadata().getName(), e.getMessage());
    StoreRolloutStatus status =
        rollout.getStatus() == null ? new StoreRolloutStatus() : copy(rollout.getStatus());
    var conditions =
        new Conditions(status.getConditions(), generation(rollout), clock.instant())
            .set(Kstatus.READY, false, "TenantServiceUnavailable", e.getMessage())
            .set(Kstatus.RECONCILING, true, "TenantServiceUnavailable", "retrying")
            .set(Kstatus.STALLED, false, "Retrying", "");
    keepOthers(conditions);
    status.setConditions(conditions.build());
    return StatusPatch.errorIfChanged(rollout, status);
  }

  private UpdateControl<StoreRollout> stalled(StoreRollout rollout, String reason, String message) {
    StoreRolloutStatus status =
        rollout.getStatus() == null ? new StoreRolloutStatus() : copy(rollout.getStatus());
    var conditions =
        new Conditions(status.getConditions(), generation(rollout), clock.instant())
            .set(Kstatus.READY, false, reason, message)
            .set(Kstatus.RECONCILING, false, reason, "")
            .set(Kstatus.STALLED, true, reason, message);
    keepOthers(conditions);
    status.setConditions(conditions.build());
    status.setObservedGeneration(generation(rollout));
    return StatusPatch.ifChanged(rollout, status);
  }

  private static void keepOthers(Conditions conditions) {
    conditions
        .keep(RolloutConditions.PROGRESSING)
        .keep(RolloutConditions.PAUSED)
        .keep(RolloutConditions.DEGRADED)
        .keep(RolloutConditions.COMPLETED);
  }

  private static StoreRolloutStatus copy(StoreRolloutStatus status) {
    return JSON.convertValue(status, StoreRolloutStatus.class);
  }

  private static String annotation(StoreRollout rollout) {
    Map<String, String> annotations = rollout.getMetadata().getAnnotations();
    return annotations == null ? null : annotations.get(StoreRollout.ACTION_ANNOTATION);
  }

  private static long generation(StoreRollout rollout) {
    Long generation = rollout.getMetadata().getGeneration();
    return generation == null ? 0 : generation;
  }
}
