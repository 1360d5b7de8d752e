package io.vitrine.tenant.customers;

import static io.vitrine.tenant.common.problem.ProblemType.CUSTOMER_NOT_FOUND;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.common.db.Database;
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

  private final Database database;
  private final CustomerRepository customers;
  private final InciNormalizer inci;
  private final AllergenGroups allergens;

  public CustomerProfileService(
      Database database,
      CustomerRepository customers,
      InciNormalizer inci,
      AllergenGroups allergens) {
    this.database = database;
    this.customers = customers;
    this.inci = inci;
    this.allergens = allergens;
  }

  /** Creates or replaces the profile; allergies and avoid-lists are normalised. */
  public Uni<Customer> put(
      String pseudonym, CustomerProfile profile, boolean personalizationConsent, String actor) {
    CustomerProfile normalised = normalise(profile);
    return database.inTransaction(
        connection ->
            customers
                .lockOrCreate(connection, pseudonym)
                .flatMap(
                    customer ->
                        customers.update(
                            connection,
                            customer.id(),
                            normalised,
                            consents(customer.consents(), personalizationConsent)))
                .call(
                    () ->
                        AuditRows.append(
                            connection,
                            AuditRow.of(
                                actor,
                                "customer.profile.replaced",
                                "customer",
                                pseudonym,
                                Map.of("personalizationConsent", personalizationConsent)))));
  }

  public Uni<Customer> get(String pseudonym) {
    return customers
        .findByPseudonym(database.client(), pseudonym)
        .map(found -> found.orElseThrow(() -> Problem.of(CUSTOMER_NOT_FOUND)));
  }

  /**
   * The profile to personalise with, or empty when there is none or the customer has not consented:
   * callers must then behave as for an anonymous customer.
   */
  public Uni<Optional<CustomerProfile>> forPersonalization(String pseudonym) {
    return customers
        .findByPseudonym(database.client(), pseudonym)
        .map(
            found ->
                found
                    .filter(customer -> customer.consents().personalization())
                    .map(Customer::profile));
  }

  /** The consent given now; when it changes, or was never recorded, it says when. */
  private static Consents consents(Consents stored, boolean personalizationConsent) {
    if (stored.personalization() != personalizationConsent
        || stored.personalizationChangedAt() == null) {
      return new Consents(personalizationConsent, Instant.now());
    }
    return stored;
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
