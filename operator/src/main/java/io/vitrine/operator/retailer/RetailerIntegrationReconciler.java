package io.vitrine.operator.retailer;

import static io.vitrine.operator.retailer.RetailerWorkflow.*;

import io.fabric8.kubernetes.api.model.Condition;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.MaxReconciliationInterval;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
import io.javaoperatorsdk.operator.processing.dependent.workflow.WorkflowReconcileResult;
import io.javaoperatorsdk.operator.processing.retry.GradualRetry;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.api.v1alpha1.RetailerIntegrationStatus;
import io.vitrine.operator.config.OperatorConfig;
import io.vitrine.operator.retailer.dependent.*;
import io.vitrine.operator.retailer.metrics.TenantMetrics;
import io.vitrine.operator.retailer.status.Outcome;
import io.vitrine.operator.retailer.status.RetailerStatusFactory;
import io.vitrine.operator.status.Conditions;
import io.vitrine.operator.status.Kstatus;
import io.vitrine.operator.status.StatusPatch;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Turns a RetailerIntegration into one isolated tenant. The tenant is the workflow of dependents
 * below; this class only turns the workflow's outcome into status and Events.
 */
@Workflow(
    handleExceptionsInReconciler = true,
    dependents = {
      @Dependent(name = NAMESPACE, type = NamespaceDependent.class),
      @Dependent(
          name = SERVICE_ACCOUNT,
          type = ServiceAccountDependent.class,
          dependsOn = NAMESPACE),
      @Dependent(name = ROLE, type = RoleDependent.class, dependsOn = NAMESPACE),
      @Dependent(
          name = ROLE_BINDING,
          type = RoleBindingDependent.class,
          dependsOn = {ROLE, SERVICE_ACCOUNT}),
      @Dependent(name = RESOURCE_QUOTA, type = ResourceQuotaDependent.class, dependsOn = NAMESPACE),
      @Dependent(name = LIMIT_RANGE, type = LimitRangeDependent.class, dependsOn = NAMESPACE),
      @Dependent(
          name = NETWORK_POLICY_DEFAULT_DENY,
          type = DefaultDenyNetworkPolicyDependent.class,
          dependsOn = NAMESPACE),
      @Dependent(
          name = NETWORK_POLICY_TENANT_SERVICE,
          type = TenantServiceNetworkPolicyDependent.class,
          dependsOn = NAMESPACE),
      // Before the POS copy and the schema: a tenant's first key may be seeded from the copy its
      // pods hash with, and only a schema older than the key holds pseudonyms made that way.
      @Dependent(name = KEPT_PSEUDONYM_KEY, type = KeptPseudonymKeyDependent.class),
      @Dependent(
          name = PSEUDONYM_KEY,
          type = PseudonymKeyDependent.class,
          dependsOn = {NAMESPACE, KEPT_PSEUDONYM_KEY}),
      @Dependent(
          name = POS_SECRET,
          type = PosCredentialsSecretDependent.class,
          dependsOn = {NAMESPACE, KEPT_PSEUDONYM_KEY}),
      @Dependent(
          name = AI_SECRET,
          type = AiCredentialsSecretDependent.class,
          dependsOn = NAMESPACE),
      @Dependent(
          name = DATABASE_SECRET,
          type = DatabaseSecretDependent.class,
          dependsOn = NAMESPACE),
      @Dependent(
          name = KEYCLOAK_SECRET,
          type = KeycloakClientsSecretDependent.class,
          dependsOn = NAMESPACE),
      @Dependent(name = CONFIG, type = ConfigMapDependent.class, dependsOn = NAMESPACE),
      @Dependent(
          name = DATABASE,
          type = DatabaseDependent.class,
          dependsOn = {DATABASE_SECRET, KEPT_PSEUDONYM_KEY}),
      @Dependent(name = CATALOG_INDEX, type = CatalogIndexDependent.class),
      @Dependent(name = REALM, type = RealmDependent.class, dependsOn = KEYCLOAK_SECRET),
      @Dependent(
          name = DEPLOYMENT,
          type = DeploymentDependent.class,
          dependsOn = {
            ROLE_BINDING,
            RESOURCE_QUOTA,
            LIMIT_RANGE,
            POS_SECRET,
            AI_SECRET,
            PSEUDONYM_KEY,
            CONFIG,
            DATABASE,
            CATALOG_INDEX,
            REALM
          },
          readyPostcondition = DeploymentReady.class),
      @Dependent(name = SERVICE, type = ServiceDependent.class, dependsOn = NAMESPACE),
      @Dependent(
          name = POD_DISRUPTION_BUDGET,
          type = PodDisruptionBudgetDependent.class,
          dependsOn = NAMESPACE),
    })
@ControllerConfiguration(
    name = "retailerintegration",
    maxReconciliationInterval =
        @MaxReconciliationInterval(interval = 10, timeUnit = TimeUnit.MINUTES))
@GradualRetry(
    maxAttempts = 100000,
    initialInterval = 1000,
    intervalMultiplier = 2,
    maxInterval = 30000)
public class RetailerIntegrationReconciler
    implements Reconciler<RetailerIntegration>, Cleaner<RetailerIntegration> {

  @Inject OperatorConfig config;
  @Inject TenantEvents events;
  @Inject TenantMetrics metrics;

  @Override
  public UpdateControl<RetailerIntegration> reconcile(
      RetailerIntegration retailer, Context<RetailerIntegration> context) {
    var result = workflowResult(context);
    // Failures go through the framework, which retries with backoff and calls updateErrorStatus.
    result.throwAggregateExceptionIfErrorsPresent();
    return StatusPatch.ifChanged(retailer, nextStatus(retailer, outcomes(result, Map.of())));
  }

  @Override
  public ErrorStatusUpdateControl<RetailerIntegration> updateErrorStatus(
      RetailerIntegration retailer, Context<RetailerIntegration> context, Exception e) {
    var result = workflowResult(context);
    var failures = new HashMap<String, Throwable>();
    result
        .getErroredDependents()
        .forEach((dependent, error) -> failures.put(dependent.name(), error));
    if (failures.isEmpty()) {
      failures.put("reconciler", e);
    }
    return StatusPatch.errorIfChanged(retailer, nextStatus(retailer, outcomes(result, failures)));
  }

  /** The workflow has removed (or retained) the tenant's parts by now. */
  @Override
  public DeleteControl cleanup(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    metrics.tenantGone(retailer.getMetadata().getName());
    return DeleteControl.defaultDelete();
  }

  /** The status to write, recording its metrics and, when it changes, its transitions as Events. */
  private RetailerIntegrationStatus nextStatus(
      RetailerIntegration retailer, Map<String, Outcome> outcomes) {
    var next =
        RetailerStatusFactory.build(
            retailer, outcomes, config.tenantService().port(), Instant.now());
    metrics.tenantConditions(retailer.getMetadata().getName(), next.getConditions());
    if (StatusPatch.changes(retailer, next)) {
      RetailerIntegrationStatus previous = retailer.getStatus();
      recordTransitions(
          retailer, previous == null ? List.of() : previous.getConditions(), next.getConditions());
    }
    return next;
  }

  private static WorkflowReconcileResult workflowResult(Context<RetailerIntegration> context) {
    return context
        .managedWorkflowAndDependentResourceContext()
        .getWorkflowReconcileResult()
        .orElse(WorkflowReconcileResult.EMPTY);
  }

  private static Map<String, Outcome> outcomes(
      WorkflowReconcileResult result, Map<String, Throwable> failures) {
    var outcomes = new HashMap<String, Outcome>();
    result.getReconciledDependents().forEach(d -> outcomes.put(d.name(), Outcome.ready()));
    result.getNotReadyDependents().forEach(d -> outcomes.put(d.name(), Outcome.notReady(d.name())));
    failures.forEach((name, error) -> outcomes.put(name, Outcome.failed(name, error)));
    return outcomes;
  }

  private void recordTransitions(
      RetailerIntegration retailer, List<Condition> before, List<Condition> after) {
    for (Condition condition : after) {
      var old = Conditions.find(before, condition.getType());
      boolean changed =
          old.map(
                  o ->
                      !o.getStatus().equals(condition.getStatus())
                          || !o.getReason().equals(condition.getReason()))
              .orElse(true);
      if (changed
          && !Kstatus.RECONCILING.equals(condition.getType())
          && !Kstatus.STALLED.equals(condition.getType())) {
        String message =
            condition.getType()
                + "="
                + condition.getStatus()
                + " ("
                + condition.getReason()
                + ")"
                + (condition.getMessage().isBlank() ? "" : ": " + condition.getMessage());
        if ("True".equals(condition.getStatus())) {
          events.normal(retailer, condition.getType(), message);
        } else if (old.isPresent() || !"WaitingForDependencies".equals(condition.getReason())) {
          events.warning(retailer, condition.getType(), message);
        }
      }
    }
  }
}
