package io.vitrine.operator.rollout.model;

/** A Kubernetes Event the reconciler records about a rollout. */
public record RolloutEvent(boolean warning, String reason, String message) {

  static RolloutEvent normal(String reason, String message) {
    return new RolloutEvent(false, reason, message);
  }

  static RolloutEvent warning(String reason, String message) {
    return new RolloutEvent(true, reason, message);
  }
}
