package io.vitrine.tenant.customers;

import java.util.List;

/**
 * What a customer told an associate: skin type, concerns, allergies (allergen groups such as
 * FRAGRANCE_ALLERGENS, or canonical INCI names), other ingredients to avoid (canonical INCI names)
 * and preferred brands.
 */
public record CustomerProfile(
    String skinType,
    List<String> concerns,
    List<String> allergies,
    List<String> avoid,
    List<String> preferredBrands) {

  public static final CustomerProfile EMPTY =
      new CustomerProfile(null, List.of(), List.of(), List.of(), List.of());
}
