package io.vitrine.tenant.checkout.ranking;

import io.vitrine.tenant.checkout.screening.AvoidList;
import java.util.Set;

/**
 * The customer at the till, as far as ranking may use it.
 *
 * @param skinType lower-case, null when unknown
 * @param preferredBrands from the profile and from the brands they bought before
 * @param loyaltyTier null when not a loyalty member
 */
public record Shopper(
    AvoidList avoid, String skinType, Set<String> preferredBrands, String loyaltyTier) {

  public Shopper {
    preferredBrands = Set.copyOf(preferredBrands);
  }

  public static Shopper anonymous() {
    return new Shopper(AvoidList.nothing(), null, Set.of(), null);
  }

  public boolean wantsFragranceFree() {
    return avoid.avoidsGroup("fragrance") || "sensitive".equals(skinType);
  }
}
