package io.vitrine.operator.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** StoreRollout settings of the operator under test: gates every second, local tenant-services. */
public class RolloutSettingsResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return Map.of(
        "vitrine.operator.rollout.evaluation-interval", "1s",
        "vitrine.operator.rollout.allow-service-url-override", "true");
  }

  @Override
  public void stop() {}
}
