package io.vitrine.tenant.checkout;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.stock.OfferableStock;
import io.vitrine.tenant.stock.StockPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reads the store, the customer's profile and recent purchases and the stock of every candidate in
 * a single statement: one round trip per request, whatever the number of candidates. The stock
 * table is the {@code stock} feature's; what its counts allow the till to offer is {@link
 * StockPolicy}'s.
 */
@ApplicationScoped
public class TillContextRepository {

  /** How many of the customer's latest sale lines inform their preferences. */
  static final int RECENT_LINES = 100;

  private static final String QUERY =
      """
      with store as (select id from stores where pos_location_id = $1),
           customer as (select id, profile from customers where pseudonym = $2),
           counted as (select sku, quantity, counted_at from inventory
                       where store_id = (select id from store) and sku = any($3))
      select (select id from store) as store_id,
             (select profile::text from customer) as profile,
             (select coalesce(array_agg(recent.sku), '{}') from (
                select l.sku from sales s join sale_lines l on l.sale_id = s.id
                where s.customer_id = (select id from customer) and l.sku is not null
                order by s.occurred_at desc limit %d) recent) as purchased,
             (select coalesce(array_agg(i.sku) filter (where i.quantity > 0 and i.counted_at
                  >= now() - make_interval(secs => $4)), '{}') from counted i) as in_stock,
             (select coalesce(array_agg(i.sku) filter (where i.quantity > 0 and i.counted_at
                  < now() - make_interval(secs => $4)), '{}') from counted i) as stale_stock,
             (select coalesce(array_agg(i.sku), '{}') from counted i) as counted
      """
          .formatted(RECENT_LINES);

  private final Pool pool;
  private final StockPolicy stock;

  public TillContextRepository(Pool pool, StockPolicy stock) {
    this.pool = pool;
    this.stock = stock;
  }

  /**
   * @param posLocationId the store as the POS knows it
   * @param customer the customer's pseudonym, or null
   * @param candidates the SKUs whose stock matters
   */
  public Uni<TillContext> load(
      String posLocationId, String customer, Collection<String> candidates) {
    double staleAfter = stock.staleAfter().toMillis() / 1000.0;
    return pool.preparedQuery(QUERY)
        .execute(Tuple.of(posLocationId, customer, candidates.toArray(String[]::new), staleAfter))
        .map(rows -> context(rows.iterator().next(), candidates));
  }

  private TillContext context(Row row, Collection<String> candidates) {
    OfferableStock offerable =
        stock.offer(
            candidates,
            Set.copyOf(strings(row, "in_stock")),
            Set.copyOf(strings(row, "stale_stock")),
            Set.copyOf(strings(row, "counted")));
    return new TillContext(
        row.getLong("store_id"),
        row.getString("profile"),
        strings(row, "purchased"),
        offerable.offered(),
        offerable.demoted());
  }

  private static List<String> strings(Row row, String column) {
    String[] values = row.getArrayOfStrings(column);
    return values == null ? List.of() : Arrays.asList(values);
  }
}
