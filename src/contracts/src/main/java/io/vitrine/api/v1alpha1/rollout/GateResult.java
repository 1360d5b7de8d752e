package io.vitrine.api.v1alpha1.rollout;

/** The outcome of a gate. */
public enum GateResult {
  Passed,
  Failed,
  Pending
}
