package io.vitrine.tenant.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What a store's counts mean for the till. A positive count younger than {@code stale-after} is in
 * stock; zero or less is out of stock and never offered; a stale positive count and a missing count
 * are handled as configured ({@link StockHandling}): by default a stale count is offered but ranked
 * lower, and a missing count is not offered.
 */
@ApplicationScoped
public class StockPolicy {

  private final Duration staleAfter;
  private final StockHandling stale;
  private final StockHandling unknown;

  @Inject
  public StockPolicy(StockConfig config) {
    this(config.staleAfter(), config.stale(), config.unknown());
  }

  public StockPolicy(Duration staleAfter, StockHandling stale, StockHandling unknown) {
    this.staleAfter = staleAfter;
    this.stale = stale;
    this.unknown = unknown;
  }

  /** A positive count older than this is stale. */
  public Duration staleAfter() {
    return staleAfter;
  }

  /**
   * @param candidates the SKUs asked about
   * @param fresh those with a positive count younger than {@link #staleAfter()}
   * @param stale those with an older positive count
   * @param counted those with any count, positive or not
   */
  public OfferableStock offer(
      Collection<String> candidates, Set<String> fresh, Set<String> stale, Set<String> counted) {
    var offered = new HashSet<>(fresh);
    var demoted = new HashSet<String>();
    apply(this.stale, stale, offered, demoted);
    var missing = new HashSet<>(candidates);
    missing.removeAll(counted);
    apply(unknown, missing, offered, demoted);
    return new OfferableStock(offered, demoted);
  }

  private static void apply(
      StockHandling handling, Set<String> skus, Set<String> offered, Set<String> demoted) {
    if (handling != StockHandling.EXCLUDE) {
      offered.addAll(skus);
    }
    if (handling == StockHandling.DEMOTE) {
      demoted.addAll(skus);
    }
  }
}
