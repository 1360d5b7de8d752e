package io.vitrine.api.v1alpha1.rollout;

/** The state of the current phase. */
public enum PhaseState {
  AwaitingApproval,
  Running,
  Succeeded,
  RolledBack,
  Aborted
}
