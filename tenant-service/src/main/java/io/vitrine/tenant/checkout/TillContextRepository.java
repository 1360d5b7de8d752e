package io.vitrine.tenant.checkout;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reads the store, the customer's profile and recent purchases and the stock of every candidate in
 * a single statement: one round trip per request, whatever the number of candidates.
 */
@ApplicationScoped
public class TillContextRepository {

  /** How many of the customer's latest sale lines inform their preferences. */
  static final int RECENT_LINES = 100;

  private static final String QUERY =
      """
      with store as (select id from stores where pos_location_id = $1),
           customer as (select id, profile from customers where pseudonym = $2)
      select (select id from store) as store_id,
             (select profile::text from customer) as profile,
             (select coalesce(array_agg(recent.sku), '{}') from (
                select l.sku from sales s join sale_lines l on l.sale_id = s.id
                where s.customer_id = (select id from customer) and l.sku is not null
                order by s.occurred_at desc limit %d) recent) as purchased,
             (select coalesce(array_agg(i.sku), '{}') from inventory i
                where i.store_id = (select id from store) and i.quantity > 0
                  and i.sku = any($3)) as in_stock
      """
          .formatted(RECENT_LINES);

  private final Pool pool;

  public TillContextRepository(Pool pool) {
    this.pool = pool;
  }

  /**
   * @param posLocationId the store as the POS knows it
   * @param customer the customer's pseudonym, or null
   * @param candidates the SKUs whose stock matters
   */
  public Uni<TillContext> load(
      String posLocationId, String customer, Collection<String> candidates) {
    return pool.preparedQuery(QUERY)
        .execute(Tuple.of(posLocationId, customer, candidates.toArray(String[]::new)))
        .map(rows -> context(rows.iterator().next()));
  }

  private static TillContext context(Row row) {
    return new TillContext(
        row.getLong("store_id"),
        row.getString("profile"),
        strings(row, "purchased"),
        Set.copyOf(strings(row, "in_stock")));
  }

  private static List<String> strings(Row row, String column) {
    String[] values = row.getArrayOfStrings(column);
    return values == null ? List.of() : Arrays.asList(values);
  }
}
