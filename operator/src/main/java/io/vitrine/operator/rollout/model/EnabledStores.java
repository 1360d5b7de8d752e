package io.vitrine.operator.rollout.model;

import io.vitrine.api.v1alpha1.rollout.CurrentPhase;
import io.vitrine.api.v1alpha1.rollout.RollbackSpec.RollbackPolicy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which stores the features are on for, from the phases resolved against the store registry: each
 * phase adds its stores to those of the phases before it. No client calls.
 */
final class EnabledStores {

  private final List<ResolvedPhase> phases;
  private final int registrySize;

  EnabledStores(List<ResolvedPhase> phases, int registrySize) {
    this.phases = phases;
    this.registrySize = registrySize;
  }

  List<ResolvedPhase> phases() {
    return phases;
  }

  /** The union of the stores of phases 0..index, sorted within each phase. */
  Set<String> upTo(int index) {
    var stores = new LinkedHashSet<String>();
    for (int i = 0; i <= index; i++) {
      stores.addAll(phases.get(i).stores());
    }
    return stores;
  }

  /** The stores a phase adds to those of the phases before it. */
  List<String> addedBy(int index) {
    Set<String> before = upTo(index - 1);
    return phases.get(index).stores().stream().filter(s -> !before.contains(s)).toList();
  }

  /** The phase's own new stores that are on (a phase edited mid-flight may have fewer now). */
  List<String> ownOn(int index, int newStoresOn) {
    List<String> own = addedBy(index);
    return own.subList(0, Math.min(own.size(), newStoresOn));
  }

  /** The stores whose KPIs a phase's gates read: its own that are on, else all that are on. */
  List<String> measured(int index, int newStoresOn) {
    List<String> own = ownOn(index, newStoresOn);
    return own.isEmpty() ? List.copyOf(upTo(index)) : own;
  }

  /** The stores on while the rollout is in {@code current}, its phase at {@code index}. */
  Set<String> on(CurrentPhase current, int index, RollbackPolicy policy) {
    return switch (current.getState()) {
      case Running, Succeeded -> {
        var on = new LinkedHashSet<>(upTo(index - 1));
        on.addAll(ownOn(index, current.getNewStoresOn()));
        yield on;
      }
      case AwaitingApproval -> upTo(index - 1);
      case RolledBack, Aborted -> policy == RollbackPolicy.AllOff ? Set.of() : upTo(index - 1);
    };
  }

  /** Whether a phase selecting every store is fully on, so that stores added later are on too. */
  boolean allOn(CurrentPhase current, int index, RollbackPolicy policy) {
    int last =
        switch (current.getState()) {
          case Running, Succeeded ->
              current.getNewStoresOn() >= addedBy(index).size() ? index : index - 1;
          case AwaitingApproval -> index - 1;
          case RolledBack, Aborted -> policy == RollbackPolicy.AllOff ? -1 : index - 1;
        };
    return anyAllStoresUpTo(last);
  }

  /** How many stores are on: every registered store when a phase selecting all is on. */
  int count(Set<String> on, boolean allOn) {
    return allOn ? registrySize : on.size();
  }

  /** How many stores the phases up to the target select. */
  int targeted(int targetIndex) {
    return anyAllStoresUpTo(targetIndex) ? registrySize : upTo(targetIndex).size();
  }

  private boolean anyAllStoresUpTo(int index) {
    for (int i = 0; i <= index; i++) {
      if (phases.get(i).allStores()) {
        return true;
      }
    }
    return false;
  }
}
