package io.vitrine.tenant.checkout.screening;

import io.vitrine.tenant.checkout.catalog.CheckoutProduct;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Screens a cart against what a customer must avoid, as a pure function: every line whose product
 * contains an avoided ingredient, with the ingredients and up to {@code alternatives} safe,
 * in-stock products of the same category.
 */
public final class CartScreening {

  /** A cart line that conflicts with the customer's avoid-list. */
  public record LineConflict(
      CheckoutProduct product, List<Conflict> conflicts, List<CheckoutProduct> alternatives) {

    public LineConflict {
      conflicts = List.copyOf(conflicts);
      alternatives = List.copyOf(alternatives);
    }
  }

  /**
   * @param conflicts the conflicting lines, in cart order
   * @param unscreened SKUs of the cart the catalog does not know: nothing can be said about them
   */
  public record Result(List<LineConflict> conflicts, List<String> unscreened) {

    public Result {
      conflicts = List.copyOf(conflicts);
      unscreened = List.copyOf(unscreened);
    }
  }

  private CartScreening() {}

  /**
   * @param sameCategory products of a category, best sellers first
   * @param inStock the SKUs in stock in this store, among the alternatives
   */
  public static Result screen(
      List<String> cartSkus,
      Map<String, CheckoutProduct> products,
      AvoidList avoid,
      Function<String, List<String>> sameCategory,
      Set<String> inStock,
      int alternatives) {
    var conflicts = new ArrayList<LineConflict>();
    var unscreened = new ArrayList<String>();
    for (String sku : cartSkus) {
      CheckoutProduct product = products.get(sku);
      if (product == null) {
        unscreened.add(sku);
        continue;
      }
      List<Conflict> found = avoid.conflicts(product.inci());
      if (!found.isEmpty()) {
        conflicts.add(
            new LineConflict(
                product,
                found,
                safeAlternatives(product, cartSkus, products, avoid, sameCategory, inStock).stream()
                    .limit(alternatives)
                    .toList()));
      }
    }
    return new Result(conflicts, unscreened);
  }

  private static List<CheckoutProduct> safeAlternatives(
      CheckoutProduct product,
      List<String> cartSkus,
      Map<String, CheckoutProduct> products,
      AvoidList avoid,
      Function<String, List<String>> sameCategory,
      Set<String> inStock) {
    return sameCategory.apply(product.category()).stream()
        .filter(sku -> !cartSkus.contains(sku) && inStock.contains(sku))
        .map(products::get)
        .filter(candidate -> candidate != null && avoid.isSafe(candidate.inci()))
        .toList();
  }
}
