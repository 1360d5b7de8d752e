package io.vitrine.tenant.checkout.screening;

import java.util.Locale;

/**
 * The minimal normaliser: trims, collapses white space and upper-cases, which is how {@code
 * products.inci} stores canonical INCI names.
 */
public final class UpperCaseInci implements IngredientNormalizer {

  @Override
  public String canonical(String ingredient) {
    return ingredient.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }
}
