package io.vitrine.operator.rollout.model;

import io.vitrine.api.v1alpha1.rollout.Approval;
import io.vitrine.api.v1alpha1.rollout.CurrentPhase;
import io.vitrine.api.v1alpha1.rollout.PhaseSpec;
import io.vitrine.api.v1alpha1.rollout.PhaseState;
import io.vitrine.api.v1alpha1.rollout.RollbackSpec.RollbackPolicy;
import io.vitrine.api.v1alpha1.rollout.Transition;
import java.util.ArrayList;

/**
 * Moves the rollout between phases and states, and writes each move into status.history (the last
 * {@value #HISTORY_LIMIT}) and an Event.
 */
final class Transitions {

  static final int HISTORY_LIMIT = 50;

  private final Step step;
  private final EnabledStores stores;
  private final Approvals approvals;

  Transitions(Step step, EnabledStores stores, Approvals approvals) {
    this.step = step;
    this.stores = stores;
    this.approvals = approvals;
  }

  /** Enters a phase: it runs, or awaits approval when it requires one not given yet. */
  void enter(int index, TransitionReason reason, String message) {
    String from = step.current() == null ? null : step.current().getName();
    PhaseSpec phase = step.phase(index);
    var next = new CurrentPhase();
    next.setName(phase.getName());
    next.setNewStoresOn(0);
    step.status().setCurrentPhase(next);
    clearGates();
    if (awaitsApproval(phase)) {
      next.setState(PhaseState.AwaitingApproval);
      announce(from, reason, message + "; phase " + phase.getName() + " awaits approval");
    } else {
      run(next, reason, message);
      lastEntry().setFromPhase(from);
    }
  }

  /** Switches the phase's stores on (the first batch of them) and starts measuring it now. */
  void run(CurrentPhase current, TransitionReason reason, String message) {
    int index = step.indexOf(current.getName());
    Integer batch = step.phase(index).getMaxConcurrentStores();
    int newStores = stores.addedBy(index).size();
    current.setState(PhaseState.Running);
    current.setStartedAt(step.nowText());
    current.setNewStoresOn(batch == null ? newStores : Math.min(newStores, batch));
    announce(current.getName(), reason, message);
  }

  /** Restarts a halted phase at this generation, with a fresh start (older KPIs do not count). */
  void restartCurrent(TransitionReason reason, String message) {
    CurrentPhase current = step.current();
    current.setHaltedAtGeneration(null);
    clearGates();
    if (step.currentIndex() < 0) {
      return; // GitEdits moves it
    }
    PhaseSpec phase = step.phase(step.currentIndex());
    if (awaitsApproval(phase)) {
      current.setState(PhaseState.AwaitingApproval);
      announce(current.getName(), reason, message);
    } else {
      run(current, reason, message);
    }
  }

  /** Stops the current phase (RolledBack or Aborted); the flags go back per the policy. */
  void halt(PhaseState state, TransitionReason reason, String message) {
    step.current().setState(state);
    step.current().setHaltedAtGeneration(step.generation());
    String described = message + "; " + describe(step.rollbackPolicy());
    record(state, reason, described);
    step.events().removeIf(e -> e.reason().equals(reason.reason())); // one Event per halt
    step.events().add(RolloutEvent.halted(reason, described));
  }

  /** Writes a history entry without an Event (actions announce themselves). */
  void record(PhaseState state, TransitionReason reason, String message) {
    String phase = step.current() == null ? null : step.current().getName();
    var transition = new Transition();
    transition.setAt(step.nowText());
    transition.setFromPhase(phase);
    transition.setToPhase(phase);
    transition.setState(state);
    transition.setReason(reason.reason());
    transition.setMessage(message);
    step.status().getHistory().add(transition);
    Step.trim(step.status().getHistory(), HISTORY_LIMIT);
  }

  private void announce(String from, TransitionReason reason, String message) {
    record(step.currentState(), reason, message);
    lastEntry().setFromPhase(from);
    step.events().add(RolloutEvent.of(reason, message));
  }

  private boolean awaitsApproval(PhaseSpec phase) {
    return phase.getApproval() == Approval.Required && !approvals.given(phase.getName());
  }

  private void clearGates() {
    step.status().setGates(new ArrayList<>());
    step.status().setFailedGate(null);
  }

  private Transition lastEntry() {
    var history = step.status().getHistory();
    return history.get(history.size() - 1);
  }

  private static String describe(RollbackPolicy policy) {
    return policy == RollbackPolicy.AllOff
        ? "features off everywhere"
        : "back to the previous phase's stores";
  }
}
