package io.vitrine.operator.rollout.model;

/**
 * Why a rollout moved: the reason of its history entry and of the Event that announces it. The
 * strings are read by people, docs and scripts ({@code kubectl describe}, {@code kubectl vitrine}),
 * so they never change.
 */
public enum TransitionReason {
  STARTED("Started"),
  PROMOTED("Promoted"),
  APPROVED("Approved"),
  SUCCEEDED("Succeeded"),
  GATE_FAILED("GateFailed"),
  ABORTED("Aborted"),
  RETRIED("Retried"),
  NEW_REVISION("NewRevision"),
  PHASE_REMOVED("PhaseRemoved"),
  TARGET_LOWERED("TargetLowered"),
  PAUSED_FROM_CLI("PausedFromCli"),
  RESUMED_FROM_CLI("ResumedFromCli");

  private final String reason;

  TransitionReason(String reason) {
    this.reason = reason;
  }

  /** The CamelCase reason written into status.history and Events. */
  public String reason() {
    return reason;
  }
}
