package io.vitrine.operator.rollout.model;

import io.vitrine.api.v1alpha1.rollout.CurrentPhase;
import io.vitrine.api.v1alpha1.rollout.GateEvaluation;
import io.vitrine.api.v1alpha1.rollout.GateResult;
import io.vitrine.api.v1alpha1.rollout.PhaseSpec;
import io.vitrine.api.v1alpha1.rollout.PhaseState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Moves the current phase on: a new rollout starts its first phase, an approved phase runs, a
 * running phase switches its stores on batch by batch and then rolls back, waits, or passes to the
 * next phase or success, and a succeeded phase is promoted when Git raised the target.
 */
final class PhaseProgress {

  private final Step step;
  private final EnabledStores stores;
  private final Transitions transitions;
  private final Approvals approvals;
  private final PhaseGates gates;
  private boolean deadlineExceeded;

  PhaseProgress(
      Step step,
      EnabledStores stores,
      Transitions transitions,
      Approvals approvals,
      PhaseGates gates) {
    this.step = step;
    this.stores = stores;
    this.transitions = transitions;
    this.approvals = approvals;
    this.gates = gates;
  }

  void advance() {
    CurrentPhase current = step.current();
    if (current == null) {
      transitions.enter(0, TransitionReason.STARTED, "rollout started");
      return;
    }
    switch (current.getState()) {
      case AwaitingApproval -> runIfApproved(current);
      case Running -> runPhase(current);
      case Succeeded -> promoteIfTargetRaised();
      case RolledBack, Aborted -> {
        // They hold until a retry or a new generation.
      }
    }
  }

  /** The running phase's gates are still undecided past minDuration plus progressDeadline. */
  boolean deadlineExceeded() {
    return deadlineExceeded;
  }

  private void runIfApproved(CurrentPhase current) {
    if (approvals.given(current.getName())) {
      transitions.run(
          current,
          TransitionReason.APPROVED,
          "phase " + current.getName() + " approved: stores switched on");
    }
  }

  private void promoteIfTargetRaised() {
    if (step.beforeTarget() && !step.paused()) {
      transitions.enter(step.currentIndex() + 1, TransitionReason.PROMOTED, "targetPhase raised");
    }
  }

  private void runPhase(CurrentPhase current) {
    int index = step.currentIndex();
    PhaseSpec phase = step.phase(index);
    List<GateEvaluation> evaluations = gates.evaluate(index, current);
    if (rolledBack(evaluations) || step.paused() || switchOnNextBatch(index, phase, current)) {
      return;
    }
    decide(index, phase, current, evaluations);
  }

  /** A failed gate rolls the phase back, even while paused. */
  private boolean rolledBack(List<GateEvaluation> evaluations) {
    Optional<GateEvaluation> failed =
        evaluations.stream().filter(e -> e.getResult() == GateResult.Failed).findFirst();
    failed.ifPresent(
        gate -> {
          step.status().setFailedGate(gate);
          transitions.halt(
              PhaseState.RolledBack, TransitionReason.GATE_FAILED, Gates.describeFailure(gate));
        });
    return failed.isPresent();
  }

  /** Passes the phase once its gates passed after minDuration; notes an exceeded deadline. */
  private void decide(
      int index, PhaseSpec phase, CurrentPhase current, List<GateEvaluation> evaluations) {
    boolean passed = evaluations.stream().allMatch(e -> e.getResult() == GateResult.Passed);
    Instant minimumEnd =
        Instant.parse(current.getStartedAt()).plus(Durations.parse(phase.getMinDuration()));
    boolean longEnough = !step.now().isBefore(minimumEnd);
    if (passed && longEnough) {
      pass(index, phase, current);
    } else if (longEnough && pastProgressDeadline(minimumEnd)) {
      deadlineExceeded = true;
    }
  }

  private boolean pastProgressDeadline(Instant minimumEnd) {
    return step.now().isAfter(minimumEnd.plus(Durations.parse(step.spec().getProgressDeadline())));
  }

  /** Switches the next maxConcurrentStores of the phase's new stores on, if some are still off. */
  private boolean switchOnNextBatch(int index, PhaseSpec phase, CurrentPhase current) {
    int newStores = stores.addedBy(index).size();
    if (current.getNewStoresOn() >= newStores) {
      return false;
    }
    Integer batch = phase.getMaxConcurrentStores();
    int size = batch == null ? newStores : batch;
    current.setNewStoresOn(Math.min(newStores, current.getNewStoresOn() + size));
    return true;
  }

  private void pass(int index, PhaseSpec phase, CurrentPhase current) {
    String message = "phase " + phase.getName() + " passed its gates";
    if (index < step.targetIndex()) {
      transitions.enter(index + 1, TransitionReason.PROMOTED, message);
    } else {
      current.setState(PhaseState.Succeeded);
      transitions.record(PhaseState.Succeeded, TransitionReason.SUCCEEDED, message);
    }
  }
}
