package io.vitrine.tenant.ingredients;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the shipped ingredient tables injectable. */
public class IngredientTables {

  @Produces
  @Singleton
  InciNormalizer inciNormalizer() {
    return InciNormalizer.standard();
  }

  @Produces
  @Singleton
  AllergenGroups allergenGroups(ScreeningPolicy policy) {
    return AllergenGroups.standard(policy.borderlineNuts());
  }
}
