package io.vitrine.tenant.copilot;

import io.vitrine.tenant.checkout.CheckoutWarmup;
import io.vitrine.tenant.checkout.catalog.CheckoutCatalog;
import io.vitrine.tenant.checkout.catalog.CheckoutProduct;
import io.vitrine.tenant.checkout.screening.AvoidList;
import io.vitrine.tenant.checkout.screening.IngredientNormalizer;
import io.vitrine.tenant.checkout.screening.Verdict;
import io.vitrine.tenant.customers.CustomerProfile;
import io.vitrine.tenant.customers.CustomerProfileService;
import io.vitrine.tenant.ingredients.AllergenGroups;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The copilot's screening tool: the checkout's screening engine ({@link AvoidList}) applied to the
 * products a question is about, against the allergen groups it names and, with the customer's
 * consent, their allergies and avoid-list. A product it cannot screen is never called safe.
 */
@ApplicationScoped
public class ScreeningTool {

  private final CheckoutCatalog catalog;
  private final CheckoutWarmup warmup;
  private final AllergenGroups groups;
  private final IngredientNormalizer normalizer;
  private final CustomerProfileService profiles;

  public ScreeningTool(
      CheckoutCatalog catalog,
      CheckoutWarmup warmup,
      AllergenGroups groups,
      IngredientNormalizer normalizer,
      CustomerProfileService profiles) {
    this.catalog = catalog;
    this.warmup = warmup;
    this.groups = groups;
    this.normalizer = normalizer;
    this.profiles = profiles;
  }

  ScreeningFact screen(List<String> skus, Set<String> namedGroups, String customer) {
    var avoided = new LinkedHashSet<>(namedGroups);
    customerProfile(customer)
        .ifPresent(
            profile -> {
              avoided.addAll(profile.allergies());
              avoided.addAll(profile.avoid());
            });
    if (!warmup.loaded()) {
      return new ScreeningFact(List.copyOf(avoided), false, List.of());
    }
    AvoidList avoid = AvoidList.of(avoided, groups, normalizer);
    var verdicts = new ArrayList<ScreeningFact.ProductVerdict>();
    for (String sku : skus) {
      verdicts.add(verdict(sku, catalog.snapshot().products().get(sku), avoid));
    }
    return new ScreeningFact(List.copyOf(avoided), true, verdicts);
  }

  private static ScreeningFact.ProductVerdict verdict(
      String sku, CheckoutProduct product, AvoidList avoid) {
    if (product == null) {
      return new ScreeningFact.ProductVerdict(
          sku, null, ScreeningFact.ProductVerdict.NOT_SCREENED, null, Verdict.UNKNOWN_PRODUCT);
    }
    Verdict verdict = avoid.verdict(product.inci());
    if (!verdict.screened()) {
      return new ScreeningFact.ProductVerdict(
          sku, product.name(), ScreeningFact.ProductVerdict.NOT_SCREENED, null, verdict.reason());
    }
    if (verdict.conflicts().isEmpty()) {
      return new ScreeningFact.ProductVerdict(
          sku, product.name(), ScreeningFact.ProductVerdict.NO_CONFLICT, null, null);
    }
    List<String> conflicts =
        verdict.conflicts().stream()
            .map(conflict -> conflict.ingredient() + " -> " + conflict.avoided())
            .toList();
    return new ScreeningFact.ProductVerdict(
        sku, product.name(), ScreeningFact.ProductVerdict.CONFLICT, conflicts, null);
  }

  private Optional<CustomerProfile> customerProfile(String customer) {
    if (customer == null) {
      return Optional.empty();
    }
    return profiles.forPersonalization(customer).await().indefinitely();
  }
}
