package io.vitrine.tenant.customers;

import static io.vitrine.tenant.common.problem.ProblemType.CUSTOMER_NOT_FOUND;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.audit.AuditLog;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.ingredients.AllergenGroups;
import io.vitrine.tenant.ingredients.InciNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Customer profiles with consent. Other features read a profile only through {@link
 * #forPersonalization}, which gives nothing without the customer's consent.
 */
@ApplicationScoped
public class CustomerProfileService {

  private final CustomerRepository customers;
  private final AuditLog audit;
  private final InciNormalizer inci;
  private final AllergenGroups allergens;

  public CustomerProfileService(
      CustomerRepository customers, AuditLog audit, InciNormalizer inci, AllergenGroups allergens) {
    this.customers = customers;
    this.audit = audit;
    this.inci = inci;
    this.allergens = allergens;
  }

  /** Creates or replaces the profile; allergies and avoid-lists are normalised. */
  @WithTransaction
  public Uni<Customer> put(
      String pseudonym, CustomerProfile profile, boolean personalizationConsent, String actor) {
    CustomerProfile normalised = normalise(profile);
    return customers
        .findByPseudonym(pseudonym)
        .onItem()
        .ifNull()
        .switchTo(
            () -> {
              var customer = new Customer();
              customer.pseudonym = pseudonym;
              return customers.persist(customer);
            })
        .flatMap(
            customer -> {
              customer.profile = normalised;
              if (customer.consents.personalization() != personalizationConsent
                  || customer.consents.personalizationChangedAt() == null) {
                customer.consents = new Consents(personalizationConsent, Instant.now());
              }
              return customers
                  .flush()
                  .call(
                      () ->
                          audit.append(
                              actor,
                              "customer.profile.replaced",
                              "customer",
                              pseudonym,
                              Map.of("personalizationConsent", personalizationConsent)))
                  .replaceWith(customer);
            });
  }

  @WithSession
  public Uni<Customer> get(String pseudonym) {
    return customers
        .findByPseudonym(pseudonym)
        .onItem()
        .ifNull()
        .failWith(() -> Problem.of(CUSTOMER_NOT_FOUND));
  }

  /**
   * The profile to personalise with, or empty when there is none or the customer has not consented:
   * callers must then behave as for an anonymous customer.
   */
  @WithSession
  public Uni<Optional<CustomerProfile>> forPersonalization(String pseudonym) {
    return customers
        .findByPseudonym(pseudonym)
        .map(
            customer ->
                customer != null && customer.consents.personalization()
                    ? Optional.of(customer.profile)
                    : Optional.empty());
  }

  private CustomerProfile normalise(CustomerProfile profile) {
    return new CustomerProfile(
        profile.skinType() == null ? null : profile.skinType().strip().toLowerCase(Locale.ROOT),
        lowerCase(profile.concerns()),
        allergies(profile.allergies()),
        List.copyOf(inci.canonicalAll(orEmpty(profile.avoid()))),
        orEmpty(profile.preferredBrands()).stream().map(String::strip).distinct().toList());
  }

  /**
   * Allergen groups stay groups (FRAGRANCE_ALLERGENS), anything else becomes a canonical INCI name.
   */
  private List<String> allergies(List<String> given) {
    var allergies = new LinkedHashSet<String>();
    for (String allergy : orEmpty(given)) {
      String group = allergy.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
      allergies.add(allergens.members(group).isPresent() ? group : inci.canonical(allergy));
    }
    return new ArrayList<>(allergies);
  }

  private static List<String> lowerCase(List<String> values) {
    return orEmpty(values).stream()
        .map(v -> v.strip().toLowerCase(Locale.ROOT))
        .distinct()
        .toList();
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }
}
