package io.vitrine.operator.rollout;

import io.vitrine.api.v1alpha1.rollout.StoreRollout;
import io.vitrine.operator.events.KubernetesEvents;
import io.vitrine.operator.rollout.model.RolloutEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Kubernetes Events about a StoreRollout, in its namespace ("kubectl describe" shows them). */
@ApplicationScoped
public class RolloutEvents {

  private final KubernetesEvents events;

  public RolloutEvents(KubernetesEvents events) {
    this.events = events;
  }

  public void record(StoreRollout rollout, RolloutEvent event) {
    if (event.warning()) {
      events.warning(rollout, event.reason(), event.message());
    } else {
      events.normal(rollout, event.reason(), event.message());
    }
  }
}
