package io.vitrine.operator.rollout.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ConditionReasonTest {

  @Test
  void theReasonsAreTheStringsGitOpsToolsAndDocsRead() {
    assertThat(Arrays.stream(ConditionReason.values()).map(ConditionReason::reason))
        .containsExactly(
            "Progressing",
            "AtTargetPhase",
            "AwaitingApproval",
            "Paused",
            "PausedInGit",
            "PausedFromCli",
            "NotPaused",
            "GateFailed",
            "GatesHealthy",
            "Aborted",
            "ProgressDeadlineExceeded",
            "NotStalled",
            "Completed",
            "NotCompleted",
            "NotATenantNamespace",
            "Retrying",
            "TenantServiceUnavailable",
            "TenantServiceError",
            "KeycloakUnavailable",
            "InvalidSpec",
            "KubernetesApiError",
            "ReconcileError");
  }
}
