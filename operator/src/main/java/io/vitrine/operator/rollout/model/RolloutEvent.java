package io.vitrine.operator.rollout.model;

/** A Kubernetes Event the reconciler records about a rollout. */
public record RolloutEvent(boolean warning, String reason, String message) {

  static RolloutEvent of(TransitionReason reason, String message) {
    return new RolloutEvent(false, reason.reason(), message);
  }

  static RolloutEvent halted(TransitionReason reason, String message) {
    return new RolloutEvent(true, reason.reason(), message);
  }

  static RolloutEvent approved(String message) {
    return of(TransitionReason.APPROVED, message);
  }

  static RolloutEvent actionApplied(String message) {
    return new RolloutEvent(false, "Action", message);
  }

  static RolloutEvent actionRejected(String message) {
    return new RolloutEvent(true, "ActionRejected", message);
  }

  public static RolloutEvent flagsPublished(long revision, int storesOn) {
    return new RolloutEvent(
        false, "FlagsPublished", "flags revision %d: %d stores on".formatted(revision, storesOn));
  }
}
