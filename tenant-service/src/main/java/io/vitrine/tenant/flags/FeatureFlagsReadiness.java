package io.vitrine.tenant.flags;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the rollout flags of the namespace have been listed: before that, a request would be
 * served with the defaults instead of what a StoreRollout decided.
 */
@Readiness
@ApplicationScoped
public class FeatureFlagsReadiness implements HealthCheck {

  private final KubernetesFlagsWatcher watcher;

  public FeatureFlagsReadiness(KubernetesFlagsWatcher watcher) {
    this.watcher = watcher;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("StoreRollout feature flags").status(watcher.synced()).build();
  }
}
