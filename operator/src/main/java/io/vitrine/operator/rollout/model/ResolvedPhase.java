package io.vitrine.operator.rollout.model;

import java.util.List;

/**
 * The stores a phase selects, resolved against the store registry.
 *
 * @param allStores the phase selects every store, including stores added later
 * @param stores the selected POS location ids, sorted (every registered store when allStores)
 */
public record ResolvedPhase(String name, boolean allStores, List<String> stores) {

  public ResolvedPhase {
    stores = List.copyOf(stores);
  }
}
