package io.vitrine.tenant.kpi.attribution;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * When a completed POS sale counts as assisted by a feature's suggestion. An accepted suggestion
 * assists a sale when it was accepted in the sale's store and the sale contains the accepted SKU,
 * and either
 *
 * <ul>
 *   <li>the cart id of the recommend request is the sale's POS sale id (a {@link Match#CART direct
 *       match}, whatever the time between them), or
 *   <li>it was accepted within the window before the sale ({@code vitrine.kpi.attribution-window},
 *       default 2 h) and, when both the suggestion's and the sale's customer are known, for the
 *       same customer ({@link Match#WINDOW}).
 * </ul>
 *
 * A sale is attributed at most once per feature: a direct match wins, then the acceptance closest
 * before the sale. Pure: the caller reads the sale and the candidate acceptances.
 */
public final class AttributionRule {

  /** How an acceptance was tied to the sale. */
  public enum Match {
    CART,
    WINDOW
  }

  /**
   * A completed sale as attribution sees it.
   *
   * @param posLocationId the store's POS location id
   * @param customer the customer's pseudonym, null for an anonymous sale
   * @param skus the SKUs of its lines
   */
  public record Sale(
      String posSaleId,
      String posLocationId,
      String customer,
      Instant occurredAt,
      Set<String> skus) {

    public Sale {
      skus = Set.copyOf(skus);
    }
  }

  /**
   * An associate's acceptance of one suggested SKU.
   *
   * @param storeId the POS location id of the recommend request
   * @param cartId the cart id of the recommend request
   * @param customer the pseudonym of the recommend request's customer, null for a walk-in
   */
  public record Acceptance(
      String suggestionId,
      String storeId,
      String cartId,
      String sku,
      String customer,
      Instant acceptedAt) {}

  /** The acceptance a sale is attributed to, and how. */
  public record Attribution(Acceptance acceptance, Match match) {}

  private final Duration window;

  /**
   * @param window how long before a sale an acceptance still counts without a direct match
   */
  public AttributionRule(Duration window) {
    if (window.isNegative()) {
      throw new IllegalArgumentException("the attribution window must not be negative");
    }
    this.window = window;
  }

  public Optional<Attribution> attribute(Sale sale, Collection<Acceptance> acceptances) {
    var sold = acceptances.stream().filter(soldInStore(sale)).toList();
    Optional<Attribution> direct =
        latest(
                sold,
                acceptance ->
                    acceptance.cartId() != null && acceptance.cartId().equals(sale.posSaleId()))
            .map(acceptance -> new Attribution(acceptance, Match.CART));
    if (direct.isPresent()) {
      return direct;
    }
    return latest(sold, inWindow(sale).and(sameCustomer(sale)))
        .map(acceptance -> new Attribution(acceptance, Match.WINDOW));
  }

  /** The earliest acceptance that can still count for a sale at this instant without its cart. */
  public Instant windowStart(Instant saleAt) {
    return saleAt.minus(window);
  }

  private static Predicate<Acceptance> soldInStore(Sale sale) {
    return acceptance ->
        acceptance.storeId() != null
            && acceptance.storeId().equals(sale.posLocationId())
            && sale.skus().contains(acceptance.sku());
  }

  private Predicate<Acceptance> inWindow(Sale sale) {
    Instant from = windowStart(sale.occurredAt());
    return acceptance ->
        !acceptance.acceptedAt().isBefore(from)
            && !acceptance.acceptedAt().isAfter(sale.occurredAt());
  }

  private static Predicate<Acceptance> sameCustomer(Sale sale) {
    return acceptance ->
        acceptance.customer() == null
            || sale.customer() == null
            || acceptance.customer().equals(sale.customer());
  }

  private static Optional<Acceptance> latest(
      Collection<Acceptance> acceptances, Predicate<Acceptance> matching) {
    return acceptances.stream().filter(matching).max(Comparator.comparing(Acceptance::acceptedAt));
  }
}
