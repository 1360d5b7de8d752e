package io.vitrine.operator.rollout;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.MaxReconciliationInterval;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.retry.GradualRetry;
import io.vitrine.api.v1alpha1.rollout.RolloutAction;
import io.vitrine.api.v1alpha1.rollout.StoreRollout;
import io.vitrine.api.v1alpha1.rollout.StoreRolloutStatus;
import io.vitrine.operator.config.OperatorConfig;
import io.vitrine.operator.rollout.model.PhaseStores;
import io.vitrine.operator.rollout.model.RolloutEvent;
import io.vitrine.operator.rollout.model.RolloutMachine;
import io.vitrine.operator.rollout.status.ConditionReason;
import io.vitrine.operator.rollout.status.RolloutConditions;
import io.vitrine.operator.rollout.status.RolloutFailure;
import io.vitrine.operator.rollout.tenant.TenantService;
import io.vitrine.operator.rollout.tenant.TenantServices;
import io.vitrine.operator.status.Conditions;
import io.vitrine.operator.status.StatusPatch;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Drives a StoreRollout: reads the tenant's store registry, steps the {@link RolloutMachine},
 * publishes the flags it asks for, and records status and Events. Failures go through the
 * framework, which retries with backoff; {@link #updateErrorStatus} says why in the conditions.
 *
 * <p>Changes are detected as for RetailerIntegration: a new generation of the spec (observed in
 * status.observedGeneration), and a status written only when it differs. Actions come as an
 * annotation, which changes no generation, so the generation filter is {@link SpecOrActionChanged}
 * rather than the framework's; running phases come back through the requeue of each step.
 */
@ControllerConfiguration(
    name = "storerollout",
    generationAwareEventProcessing = false,
    informer = @Informer(onUpdateFilter = SpecOrActionChanged.class),
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
      return notATenant(rollout);
    }
    var result = RolloutMachine.step(input(rollout, tenant.get()));
    StoreRolloutStatus next = result.status();
    var published = flags.publish(rollout, result.flags());
    next.setFlagsRevision(published.revision());
    result.events().forEach(event -> events.record(rollout, event));
    if (published.changed()) {
      events.record(
          rollout, RolloutEvent.flagsPublished(published.revision(), next.getStoresEnabled()));
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
    RolloutFailure failure = RolloutFailure.of(e);
    LOG.warnf(
        "rollout %s/%s: %s: %s",
        rollout.getMetadata().getNamespace(),
        rollout.getMetadata().getName(),
        failure.reason().reason(),
        failure.message());
    return StatusPatch.errorIfChanged(rollout, failed(rollout, failure));
  }

  private RolloutMachine.Input input(StoreRollout rollout, TenantService tenant) {
    var registry = tenant.stores();
    return new RolloutMachine.Input(
        rollout,
        clock.instant(),
        PhaseStores.resolve(rollout.getSpec().getPhases(), registry),
        registry.size(),
        RolloutAction.parse(annotation(rollout)),
        tenant,
        config.rollout().evaluationInterval());
  }

  private UpdateControl<StoreRollout> notATenant(StoreRollout rollout) {
    var failure =
        RolloutFailure.stalled(
            ConditionReason.NOT_A_TENANT_NAMESPACE,
            "namespace " + rollout.getMetadata().getNamespace() + " is not a Vitrine tenant's");
    StoreRolloutStatus status = failed(rollout, failure);
    status.setObservedGeneration(generation(rollout));
    return StatusPatch.ifChanged(rollout, status);
  }

  /** The last status with the failure in Ready, Reconciling and Stalled, the rest as it was. */
  private StoreRolloutStatus failed(StoreRollout rollout, RolloutFailure failure) {
    StoreRolloutStatus status =
        rollout.getStatus() == null ? new StoreRolloutStatus() : copy(rollout.getStatus());
    var conditions = new Conditions(status.getConditions(), generation(rollout), clock.instant());
    failure.setOn(conditions);
    RolloutConditions.PHASE_CONDITIONS.forEach(conditions::keep);
    status.setConditions(conditions.build());
    return status;
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
