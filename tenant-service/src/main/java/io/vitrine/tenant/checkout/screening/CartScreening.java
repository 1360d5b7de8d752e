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
 * in-stock products of the same category; and every line it could not screen, with the reason
 * (never read as "no conflict"). Alternatives are products screening vouches for.
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

  /** A cart line screening could not vouch for, and why ({@link Verdict#reason()}). */
  public record Unscreened(String sku, String reason, String detail) {}

  /**
   * @param conflicts the conflicting lines, in cart order
   * @param unscreened the lines nothing can be said about, in cart order: SKUs the catalog does not
   *     know and, for a customer who avoids anything, products without a readable ingredient list
   */
  public record Result(List<LineConflict> conflicts, List<Unscreened> unscreenedLines) {

    public Result {
      conflicts = List.copyOf(conflicts);
      unscreenedLines = List.copyOf(unscreenedLines);
    }

    /** The SKUs of {@link #unscreenedLines}. */
    public List<String> unscreened() {
      return unscreenedLines.stream().map(Unscreened::sku).toList();
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
    var unscreened = new ArrayList<Unscreened>();
    for (String sku : cartSkus) {
      CheckoutProduct product = products.get(sku);
      if (product == null) {
        unscreened.add(
            new Unscreened(sku, Verdict.UNKNOWN_PRODUCT, "the catalog does not know the product"));
        continue;
      }
      Verdict verdict = avoid.verdict(product.inci());
      if (!verdict.screened()) {
        unscreened.add(new Unscreened(sku, verdict.reason(), verdict.detail()));
      } else if (!verdict.conflicts().isEmpty()) {
        conflicts.add(
            new LineConflict(
                product,
                verdict.conflicts(),
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
