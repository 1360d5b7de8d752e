package io.vitrine.operator.rollout.model;

import io.vitrine.api.v1alpha1.rollout.CurrentPhase;
import io.vitrine.api.v1alpha1.rollout.PhaseSpec;
import io.vitrine.api.v1alpha1.rollout.PhaseState;
import io.vitrine.api.v1alpha1.rollout.RollbackSpec.RollbackPolicy;
import io.vitrine.api.v1alpha1.rollout.StoreRolloutSpec;
import io.vitrine.api.v1alpha1.rollout.StoreRolloutStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of the machine: the spec and generation it reads, the instant it happens at, the status
 * it writes (a copy of the last one) and the Events it produces.
 */
record Step(
    StoreRolloutSpec spec,
    long generation,
    Instant now,
    StoreRolloutStatus status,
    List<RolloutEvent> events) {

  Step(StoreRolloutSpec spec, long generation, Instant now, StoreRolloutStatus status) {
    this(spec, generation, now, status, new ArrayList<>());
  }

  CurrentPhase current() {
    return status.getCurrentPhase();
  }

  PhaseState currentState() {
    return current() == null ? null : current().getState();
  }

  /** The index of the current phase in the spec, -1 when the spec no longer has it. */
  int currentIndex() {
    return indexOf(current().getName());
  }

  int targetIndex() {
    return indexOf(spec.getTargetPhase());
  }

  boolean atTarget() {
    return currentIndex() == targetIndex();
  }

  boolean beforeTarget() {
    return currentIndex() < targetIndex();
  }

  boolean atLastPhase() {
    return currentIndex() == spec.getPhases().size() - 1;
  }

  PhaseSpec phase(int index) {
    return spec.getPhases().get(index);
  }

  int indexOf(String phase) {
    for (int i = 0; i < spec.getPhases().size(); i++) {
      if (spec.getPhases().get(i).getName().equals(phase)) {
        return i;
      }
    }
    return -1;
  }

  boolean paused() {
    return spec.isPaused() || status.getPausedBy() != null;
  }

  RollbackPolicy rollbackPolicy() {
    return spec.getRollback().getOnGateFailure();
  }

  String nowText() {
    return now.toString();
  }

  static <T> void trim(List<T> list, int limit) {
    while (list.size() > limit) {
      list.remove(0);
    }
  }
}
