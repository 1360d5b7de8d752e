package io.vitrine.operator.rollout.model;

import io.vitrine.api.v1alpha1.rollout.CurrentPhase;
import io.vitrine.api.v1alpha1.rollout.PhaseState;

/**
 * What a new revision of the spec changes before the rollout moves on: approvals given in Git, a
 * halt cleared by a new generation, and a current phase removed, renamed or now past the target.
 */
final class GitEdits {

  private final Step step;
  private final Transitions transitions;
  private final Approvals approvals;

  GitEdits(Step step, Transitions transitions, Approvals approvals) {
    this.step = step;
    this.transitions = transitions;
    this.approvals = approvals;
  }

  void apply() {
    approvals.recordFromGit();
    clearHaltOnNewGeneration();
    followPhaseEdits();
  }

  private void clearHaltOnNewGeneration() {
    CurrentPhase current = step.current();
    if (current != null
        && halted(current.getState())
        && current.getHaltedAtGeneration() != null
        && current.getHaltedAtGeneration() < step.generation()) {
      transitions.restartCurrent(
          TransitionReason.NEW_REVISION,
          "a new revision of the spec (generation " + step.generation() + ")");
    }
  }

  private void followPhaseEdits() {
    CurrentPhase current = step.current();
    if (current == null) {
      return;
    }
    int index = step.currentIndex();
    int target = step.targetIndex();
    if (index < 0) {
      transitions.enter(
          0,
          TransitionReason.PHASE_REMOVED,
          "phase " + current.getName() + " is no longer in the spec");
    } else if (index > target) {
      transitions.enter(
          target,
          TransitionReason.TARGET_LOWERED,
          "targetPhase lowered to " + step.spec().getTargetPhase());
    }
  }

  private static boolean halted(PhaseState state) {
    return state == PhaseState.RolledBack || state == PhaseState.Aborted;
  }
}
