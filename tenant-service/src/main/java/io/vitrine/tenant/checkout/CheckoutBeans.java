package io.vitrine.tenant.checkout;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.vitrine.tenant.checkout.catalog.ComplementRules;
import io.vitrine.tenant.checkout.ranking.Ranker;
import io.vitrine.tenant.checkout.screening.IngredientNormalizer;
import io.vitrine.tenant.ingredients.InciNormalizer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The checkout's data tables and pure parts, as beans. */
public class CheckoutBeans {

  /** The tenant's INCI normaliser (synonyms such as Fragrance and Aroma become PARFUM). */
  @Produces
  @Singleton
  IngredientNormalizer ingredientNormalizer(InciNormalizer inci) {
    // Profiles repeat a small vocabulary, and normalising runs several regular expressions: once
    // per spelling, not once per request.
    LoadingCache<String, String> canonical =
        Caffeine.newBuilder().maximumSize(10_000).build(inci::canonical);
    return canonical::get;
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
