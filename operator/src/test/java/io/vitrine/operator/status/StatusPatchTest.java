package io.vitrine.operator.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.api.v1alpha1.RetailerIntegrationStatus;
import io.vitrine.api.v1alpha1.rollout.StoreRollout;
import io.vitrine.api.v1alpha1.rollout.StoreRolloutStatus;
import io.vitrine.operator.retailer.Retailers;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusPatchTest {

  @Test
  void anEqualStatusIsNotWritten() {
    var retailer = Retailers.beauty("aster");
    retailer.setStatus(status("Ready"));

    var control = StatusPatch.ifChanged(retailer, status("Ready"));

    assertThat(control.isNoUpdate()).isTrue();
    assertThat(StatusPatch.errorIfChanged(retailer, status("Ready")).getResource()).isEmpty();
  }

  @Test
  void aDifferentStatusIsPatched() {
    var retailer = Retailers.beauty("aster");
    retailer.setStatus(status("Ready"));
    var next = status("KeycloakUnavailable");

    var control = StatusPatch.ifChanged(retailer, next);

    assertThat(control.isPatchStatus()).isTrue();
    assertThat(retailer.getStatus()).isSameAs(next);
  }

  @Test
  void aFirstStatusIsPatched() {
    var rollout = new StoreRollout();
    rollout.setStatus(null);

    var control = StatusPatch.errorIfChanged(rollout, new StoreRolloutStatus());

    assertThat(control.getResource()).isPresent();
  }

  private static RetailerIntegrationStatus status(String reason) {
    var status = new RetailerIntegrationStatus();
    status.setObservedGeneration(1L);
    status.setConditions(
        new Conditions(List.of(), 1, Instant.EPOCH).set("Ready", true, reason, "").build());
    return status;
  }
}
