package io.vitrine.operator.rollout.model;

import java.util.Map;

/**
 * A store of the tenant's registry, as tenant-service lists it.
 *
 * @param id the POS location id, the store's identity everywhere in a rollout
 * @param labels free-form labels such as region, format, flagship
 */
public record Store(String id, Map<String, String> labels) {

  public Store {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }
}
