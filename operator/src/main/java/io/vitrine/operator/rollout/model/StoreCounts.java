package io.vitrine.operator.rollout.model;

import io.vitrine.api.v1alpha1.rollout.PhaseState;
import io.vitrine.api.v1alpha1.rollout.PhaseStoreCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The store counts of status: per phase (targeted, enabled, failing), storesEnabled and
 * storesTargeted.
 */
final class StoreCounts {

  private StoreCounts() {}

  /** Each phase with the stores it selects, nothing enabled or failing yet. */
  static List<PhaseStoreCounts> perPhase(List<ResolvedPhase> phases) {
    List<PhaseStoreCounts> counts = new ArrayList<>();
    for (ResolvedPhase phase : phases) {
      var count = new PhaseStoreCounts();
      count.setName(phase.name());
      count.setTargeted(phase.stores().size());
      counts.add(count);
    }
    return counts;
  }

  /**
   * Writes the counts for the stores on now. The running phase keeps the failing stores its gates
   * found in this step; no other phase has failing stores.
   */
  static void write(Step step, EnabledStores stores, Set<String> on, boolean allOn) {
    List<PhaseStoreCounts> counts = perPhase(stores.phases());
    for (int i = 0; i < counts.size(); i++) {
      PhaseStoreCounts count = counts.get(i);
      count.setEnabled(
          (int)
              stores.phases().get(i).stores().stream()
                  .filter(s -> allOn || on.contains(s))
                  .count());
      keepFailing(step, count);
    }
    if (step.currentState() != PhaseState.Running) {
      counts.forEach(
          count -> {
            count.setFailing(0);
            count.setFailingStores(new ArrayList<>());
          });
    }
    step.status().setPhases(counts);
    step.status().setStoresEnabled(stores.count(on, allOn));
    step.status().setStoresTargeted(stores.targeted(step.targetIndex()));
  }

  private static void keepFailing(Step step, PhaseStoreCounts count) {
    String current = step.current().getName();
    step.status().getPhases().stream()
        .filter(old -> old.getName().equals(count.getName()) && old.getName().equals(current))
        .findFirst()
        .ifPresent(
            old -> {
              count.setFailing(old.getFailing());
              count.setFailingStores(old.getFailingStores());
            });
  }
}
