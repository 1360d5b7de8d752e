package io.vitrine.tenant.ingredients;

import java.util.Optional;
import java.util.Set;

/**
 * What screening needs to know about one canonical ingredient name, worked out once per name.
 *
 * @param groups the ids of the allergen groups the ingredient belongs to
 * @param unreadable why the name is not an ingredient name, when it is not one
 */
public record IngredientFacts(Set<String> groups, Optional<String> unreadable) {

  public IngredientFacts {
    groups = Set.copyOf(groups);
  }
}
