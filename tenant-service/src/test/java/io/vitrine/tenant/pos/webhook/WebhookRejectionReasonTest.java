package io.vitrine.tenant.pos.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.tenant.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** The {@code reason} tag of vitrine.webhooks.rejected keeps the values dashboards count by. */
class WebhookRejectionReasonTest {

  @Test
  void eachRejectionKeepsItsMetricTag() {
    assertThat(WebhookMetrics.rejectionReason(ProblemType.WEBHOOK_NOT_CONFIGURED))
        .isEqualTo("not-configured");
    assertThat(WebhookMetrics.rejectionReason(ProblemType.WEBHOOK_SIGNATURE))
        .isEqualTo("signature");
    assertThat(WebhookMetrics.rejectionReason(ProblemType.WEBHOOK_WRONG_ACCOUNT))
        .isEqualTo("wrong-account");
    assertThat(WebhookMetrics.rejectionReason(ProblemType.WEBHOOK_MALFORMED))
        .isEqualTo("malformed");
  }
}
