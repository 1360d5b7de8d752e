package io.vitrine.tenant.checkout.screening;

import java.util.List;

/** A cart SKU that conflicts with the customer's avoid-list, and what in it conflicts. */
public record ScreeningAlert(String sku, List<ScreenResponse.Ingredient> ingredients) {

  public ScreeningAlert {
    ingredients = List.copyOf(ingredients);
  }
}
