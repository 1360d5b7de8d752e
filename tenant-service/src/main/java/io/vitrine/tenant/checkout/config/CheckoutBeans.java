package io.vitrine.tenant.checkout.config;

import io.quarkus.arc.DefaultBean;
import io.vitrine.tenant.checkout.products.ComplementRules;
import io.vitrine.tenant.checkout.ranking.Ranker;
import io.vitrine.tenant.checkout.safety.AllergenGroups;
import io.vitrine.tenant.checkout.safety.IngredientNormalizer;
import io.vitrine.tenant.checkout.safety.UpperCaseInci;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The checkout's data tables and pure parts, as beans. */
public class CheckoutBeans {

  /** Replaced by a bean of the ingredients package when there is one. */
  @Produces
  @Singleton
  @DefaultBean
  IngredientNormalizer ingredientNormalizer() {
    return new UpperCaseInci();
  }

  @Produces
  @Singleton
  AllergenGroups allergenGroups(IngredientNormalizer normalizer) {
    return AllergenGroups.fromClassPath(normalizer);
  }

  @Produces
  @Singleton
  ComplementRules complementRules() {
    return ComplementRules.fromClassPath();
  }

  @Produces
  @Singleton
  Ranker ranker() {
    return new Ranker();
  }
}
