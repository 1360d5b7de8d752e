package io.vitrine.operator.rollout.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.vitrine.operator.platform.PlatformUnavailableException;
import io.vitrine.operator.rollout.model.InvalidRolloutSpecException;
import io.vitrine.operator.rollout.tenant.TenantServiceErrorException;
import io.vitrine.operator.rollout.tenant.TenantServiceUnavailableException;
import io.vitrine.operator.status.Conditions;
import java.net.ConnectException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolloutFailureTest {

  @Test
  void tenantServiceUnreachableIsRetried() {
    var failure =
        RolloutFailure.of(
            new TenantServiceUnavailableException(
                "tenant-service at http://x/ is unreachable: refused", new ConnectException()));

    assertThat(failure.reason()).isEqualTo(ConditionReason.TENANT_SERVICE_UNAVAILABLE);
    assertThat(failure.message()).isEqualTo("tenant-service at http://x/ is unreachable: refused");
    assertThat(failure.needsIntervention()).isFalse();
  }

  @Test
  void tenantServiceAnsweringAnErrorHasItsOwnReason() {
    var failure =
        RolloutFailure.of(
            new TenantServiceErrorException("tenant-service at http://x/ answered 500"));

    assertThat(failure.reason()).isEqualTo(ConditionReason.TENANT_SERVICE_ERROR);
    assertThat(failure.needsIntervention()).isFalse();
  }

  @Test
  void keycloakDownIsKeycloakUnavailable() {
    var failure =
        RolloutFailure.of(
            new PlatformUnavailableException(
                PlatformUnavailableException.KEYCLOAK, new ConnectException("refused")));

    assertThat(failure.reason()).isEqualTo(ConditionReason.KEYCLOAK_UNAVAILABLE);
  }

  @Test
  void anInvalidSpecStallsUntilSomeoneChangesIt() {
    var failure =
        RolloutFailure.of(new RuntimeException(new InvalidRolloutSpecException("'1d' is not")));

    assertThat(failure.reason()).isEqualTo(ConditionReason.INVALID_SPEC);
    assertThat(failure.message()).isEqualTo("'1d' is not");
    assertThat(failure.needsIntervention()).isTrue();
  }

  @Test
  void kubernetesApiErrorsAreTheirOwnReason() {
    var failure = RolloutFailure.of(new KubernetesClientException("Forbidden", 403, null));

    assertThat(failure.reason()).isEqualTo(ConditionReason.KUBERNETES_API_ERROR);
    assertThat(failure.needsIntervention()).isFalse();
  }

  @Test
  void anythingElseIsAReconcileErrorNamingTheException() {
    var failure = RolloutFailure.of(new IllegalStateException("boom"));

    assertThat(failure.reason()).isEqualTo(ConditionReason.RECONCILE_ERROR);
    assertThat(failure.message()).isEqualTo("IllegalStateException: boom");
  }

  @Test
  void aRetriedFailureIsReconcilingAndAStalledOneIsStalled() {
    var retried =
        conditions(RolloutFailure.of(new TenantServiceUnavailableException("down", null)));
    var stalled =
        conditions(
            RolloutFailure.stalled(ConditionReason.NOT_A_TENANT_NAMESPACE, "not a tenant's"));

    assertThat(retried)
        .extracting(c -> c.getType() + "=" + c.getStatus() + "/" + c.getReason())
        .containsExactly(
            "Ready=False/TenantServiceUnavailable",
            "Reconciling=True/TenantServiceUnavailable",
            "Stalled=False/Retrying");
    assertThat(stalled)
        .extracting(c -> c.getType() + "=" + c.getStatus() + "/" + c.getReason())
        .containsExactly(
            "Ready=False/NotATenantNamespace",
            "Reconciling=False/NotATenantNamespace",
            "Stalled=True/NotATenantNamespace");
  }

  private static List<Condition> conditions(RolloutFailure failure) {
    var conditions = new Conditions(List.of(), 1, Instant.EPOCH);
    failure.setOn(conditions);
    return conditions.build();
  }
}
