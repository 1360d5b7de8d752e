package io.vitrine.tenant.checkout.screening;

import java.util.List;

/**
 * What screening can say about one product for one customer: the ingredients that conflict, or that
 * it could not be screened and why, or neither (safe).
 *
 * @param conflicts the conflicting ingredients, in label order
 * @param reason why the product could not be screened ({@link #NO_INGREDIENT_LIST}, {@link
 *     #UNREADABLE_INGREDIENT}); null when it was
 * @param detail what a person reads about that reason
 */
public record Verdict(List<Conflict> conflicts, String reason, String detail) {

  public static final String NO_INGREDIENT_LIST = "no-ingredient-list";
  public static final String UNREADABLE_INGREDIENT = "unreadable-ingredient";
  public static final String UNKNOWN_PRODUCT = "unknown-product";

  static final Verdict SAFE = new Verdict(List.of(), null, null);

  public Verdict {
    conflicts = List.copyOf(conflicts);
  }

  static Verdict conflicting(List<Conflict> conflicts) {
    return new Verdict(conflicts, null, null);
  }

  static Verdict notScreened(String reason, String detail) {
    return new Verdict(List.of(), reason, detail);
  }

  public boolean screened() {
    return reason == null;
  }

  public boolean safe() {
    return screened() && conflicts.isEmpty();
  }
}
