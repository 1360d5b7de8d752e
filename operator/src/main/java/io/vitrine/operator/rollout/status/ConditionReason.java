package io.vitrine.operator.rollout.status;

/**
 * The reasons of a StoreRollout's conditions. Argo CD's health check (deploy/gitops), Flux,
 * kubectl-vitrine and the docs read these strings, so they never change.
 */
public enum ConditionReason {
  PROGRESSING("Progressing"),
  AT_TARGET_PHASE("AtTargetPhase"),
  AWAITING_APPROVAL("AwaitingApproval"),
  PAUSED("Paused"),
  PAUSED_IN_GIT("PausedInGit"),
  PAUSED_FROM_CLI("PausedFromCli"),
  NOT_PAUSED("NotPaused"),
  GATE_FAILED("GateFailed"),
  GATES_HEALTHY("GatesHealthy"),
  ABORTED("Aborted"),
  PROGRESS_DEADLINE_EXCEEDED("ProgressDeadlineExceeded"),
  NOT_STALLED("NotStalled"),
  COMPLETED("Completed"),
  NOT_COMPLETED("NotCompleted"),
  NOT_A_TENANT_NAMESPACE("NotATenantNamespace"),
  /** Stalled=False while a failure is retried. */
  RETRYING("Retrying"),
  TENANT_SERVICE_UNAVAILABLE("TenantServiceUnavailable"),
  TENANT_SERVICE_ERROR("TenantServiceError"),
  KEYCLOAK_UNAVAILABLE("KeycloakUnavailable"),
  INVALID_SPEC("InvalidSpec"),
  KUBERNETES_API_ERROR("KubernetesApiError"),
  RECONCILE_ERROR("ReconcileError");

  private final String reason;

  ConditionReason(String reason) {
    this.reason = reason;
  }

  /** The CamelCase reason written into status.conditions. */
  public String reason() {
    return reason;
  }
}
