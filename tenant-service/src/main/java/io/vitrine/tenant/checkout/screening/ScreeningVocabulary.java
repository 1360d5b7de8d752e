package io.vitrine.tenant.checkout.screening;

import io.vitrine.tenant.checkout.catalog.CatalogSnapshot;
import io.vitrine.tenant.checkout.catalog.CheckoutProduct;
import io.vitrine.tenant.ingredients.AllergenGroups;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Works out what every ingredient name of the catalog is (its allergen groups, whether it reads as
 * an ingredient name) when the catalog loads, so that screening a cart on the till's path only
 * looks names up ({@link AllergenGroups#facts} keeps each answer).
 */
@ApplicationScoped
public class ScreeningVocabulary {

  private final AllergenGroups groups;
  private volatile CatalogSnapshot learned;

  public ScreeningVocabulary(AllergenGroups groups) {
    this.groups = groups;
  }

  /** Learns the names of the snapshot's products; a snapshot already learned costs nothing. */
  public void learn(CatalogSnapshot snapshot) {
    if (snapshot == learned) {
      return;
    }
    for (CheckoutProduct product : snapshot.products().values()) {
      product.inci().forEach(groups::facts);
    }
    learned = snapshot;
  }
}
