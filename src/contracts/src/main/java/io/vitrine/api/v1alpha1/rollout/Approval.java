package io.vitrine.api.v1alpha1.rollout;

/** Whether a phase waits for a person before its stores are switched on. */
public enum Approval {
  Required,
  Automatic
}
