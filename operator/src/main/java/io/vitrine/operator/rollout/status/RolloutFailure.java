package io.vitrine.operator.rollout.status;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.vitrine.operator.platform.PlatformUnavailableException;
import io.vitrine.operator.rollout.model.InvalidRolloutSpecException;
import io.vitrine.operator.rollout.tenant.TenantServiceErrorException;
import io.vitrine.operator.rollout.tenant.TenantServiceUnavailableException;
import io.vitrine.operator.status.Conditions;
import io.vitrine.operator.status.Kstatus;
import java.util.Objects;

/**
 * Why a rollout could not be reconciled, as its kstatus conditions say it: a reason a platform team
 * can act on, and whether retrying can heal it (Reconciling) or someone must change something
 * (Stalled).
 */
public record RolloutFailure(ConditionReason reason, String message, boolean needsIntervention) {

  /** A failure that only a change (of the spec, of the namespace) heals. */
  public static RolloutFailure stalled(ConditionReason reason, String message) {
    return new RolloutFailure(reason, message, true);
  }

  /** Maps an exception of a reconciliation to its reason; the framework retries either way. */
  public static RolloutFailure of(Throwable error) {
    for (Throwable cause = error; cause != null; cause = next(cause)) {
      ConditionReason reason = reasonOf(cause);
      if (reason != null) {
        return new RolloutFailure(reason, describe(cause), reason == ConditionReason.INVALID_SPEC);
      }
    }
    return new RolloutFailure(
        ConditionReason.RECONCILE_ERROR,
        error.getClass().getSimpleName() + ": " + describe(error),
        false);
  }

  /** Ready, Reconciling and Stalled for this failure. */
  public void setOn(Conditions conditions) {
    conditions.set(Kstatus.READY, false, reason.reason(), message);
    if (needsIntervention) {
      conditions.set(Kstatus.RECONCILING, false, reason.reason(), "");
      conditions.set(Kstatus.STALLED, true, reason.reason(), message);
    } else {
      conditions.set(Kstatus.RECONCILING, true, reason.reason(), "retrying");
      conditions.set(Kstatus.STALLED, false, ConditionReason.RETRYING.reason(), "");
    }
  }

  private static ConditionReason reasonOf(Throwable cause) {
    if (cause instanceof TenantServiceUnavailableException) {
      return ConditionReason.TENANT_SERVICE_UNAVAILABLE;
    }
    if (cause instanceof TenantServiceErrorException) {
      return ConditionReason.TENANT_SERVICE_ERROR;
    }
    if (cause instanceof PlatformUnavailableException unavailable
        && PlatformUnavailableException.KEYCLOAK.equals(unavailable.service())) {
      return ConditionReason.KEYCLOAK_UNAVAILABLE;
    }
    if (cause instanceof InvalidRolloutSpecException) {
      return ConditionReason.INVALID_SPEC;
    }
    if (cause instanceof KubernetesClientException) {
      return ConditionReason.KUBERNETES_API_ERROR;
    }
    return null;
  }

  private static String describe(Throwable cause) {
    return Objects.requireNonNullElse(cause.getMessage(), cause.getClass().getSimpleName());
  }

  private static Throwable next(Throwable cause) {
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
