package io.vitrine.tenant.checkout.copurchase;

import static io.vitrine.tenant.common.db.SqlRows.map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.checkout.CheckoutConfig;
import io.vitrine.tenant.checkout.ranking.CoPurchase;
import io.vitrine.tenant.common.db.ChangeCursor;
import io.vitrine.tenant.common.db.Cursors;
import io.vitrine.tenant.common.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;

/**
 * The tenant's co-purchase counts, in memory: rebuilt in full from {@code sales}/{@code sale_lines}
 * (at start and periodically, see {@code CheckoutWarmup}), and updated one sale at a time as sales
 * arrive: {@link #catchUp()} counts every sale committed since its last call, whichever replica
 * stored it (every second, see {@code CheckoutFeeds}), and {@link #onSale(long)} counts one.
 *
 * <p>A rebuild reads one consistent snapshot into fresh counts off to the side and swaps them in at
 * once, so updated or deleted sales stop counting and drift is corrected; readers never see half a
 * rebuild. Sales counted one by one while it runs are replayed onto the fresh counts unless its
 * snapshot already held them (see {@link CountedSales}). Each sale is counted once: a sale already
 * counted (a later version of the same POS sale) changes nothing until the next rebuild.
 */
@ApplicationScoped
public class CoPurchaseIndex {

  private static final Logger LOG = Logger.getLogger(CoPurchaseIndex.class);
  private static final int FETCH_SIZE = 10_000;

  /**
   * Sale ids below a rebuild's highest one that may still be uncommitted when its snapshot is taken
   * (ids are drawn before commit); a sale further below committing later waits for the next one.
   */
  static final int IN_FLIGHT_WINDOW = 10_000;

  private static final Duration STATEMENT = Duration.ofSeconds(30);

  private static final String NEW_SALES =
      "select l.sale_id, l.sku from sales s join sale_lines l on l.sale_id = s.id"
          + " where s.created_xid >= $1::text::xid8 and l.sku is not null order by l.sale_id";

  private final Database database;
  private final CheckoutConfig config;
  private final ReentrantLock rebuilding = new ReentrantLock();
  private final CountedSales counted = new CountedSales();
  private final ChangeCursor newSales = new ChangeCursor();
  private final Counter salesCounted;
  private volatile CoPurchaseCounts counts;

  public CoPurchaseIndex(Database database, CheckoutConfig config, MeterRegistry registry) {
    this.database = database;
    this.config = config;
    this.counts = new CoPurchaseCounts(config.partnersTracked());
    this.salesCounted =
        Counter.builder("vitrine.checkout.copurchase.sales")
            .description("New sales counted into this replica's co-purchase counts as they arrive")
            .register(registry);
  }

  /** The strongest partners of {@code sku}, as many as configured. */
  public List<CoPurchase> partners(String sku) {
    return counts.partners(sku, config.partnersConsidered());
  }

  public int sales(String sku) {
    return counts.sales(sku);
  }

  /** Counts a newly stored sale. Call it once the sale and its lines are committed. */
  public Uni<Void> onSale(long saleId) {
    return database
        .client()
        .preparedQuery("select sku from sale_lines where sale_id = $1 and sku is not null")
        .execute(Tuple.of(saleId))
        .map(
            rows ->
                StreamSupport.stream(rows.spliterator(), false)
                    .map(row -> row.getString("sku"))
                    .toList())
        .invoke(skus -> count(saleId, skus))
        .replaceWithVoid();
  }

  private synchronized void count(long saleId, List<String> skus) {
    if (counted.count(saleId, skus)) {
      counts.addBasket(skus);
      salesCounted.increment();
    }
  }

  /**
   * Counts the sales committed since the last call (by their creating transaction, {@code
   * sales.created_xid}), from the first rebuild's snapshot on; a sale counted already changes
   * nothing. Blocking: call off the event loop.
   */
  public void catchUp() {
    if (!newSales.started()) {
      return;
    }
    long next = ChangeCursor.oldestRunning(database.client()).await().atMost(STATEMENT);
    RowSet<Row> lines =
        database
            .client()
            .preparedQuery(NEW_SALES)
            .execute(Tuple.of(newSales.from()))
            .await()
            .atMost(STATEMENT);
    new Baskets(this::count).add(lines).finish();
    newSales.advanceTo(next);
  }

  /**
   * Reads every sale again into fresh counts and swaps them in; one rebuild at a time. Blocking:
   * call off the event loop.
   */
  public void rebuild() {
    rebuilding.lock();
    try {
      long started = System.nanoTime();
      synchronized (this) {
        counted.rebuildStarted();
      }
      Snapshot read = read();
      synchronized (this) {
        counted.rebuildFinished(read.upTo(), read.missed()).forEach(read.counts()::addBasket);
        counts = read.counts();
      }
      newSales.advanceTo(read.oldestRunning());
      LOG.infof(
          "co-purchase counts rebuilt: %d sales up to id %d, %d SKUs in %d ms",
          read.sales(),
          read.upTo(),
          read.counts().skus(),
          (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      synchronized (this) {
        counted.rebuildAbandoned();
      }
      throw e;
    } finally {
      rebuilding.unlock();
    }
  }

  /**
   * The sales in one snapshot: their counts, the highest id, the ids it missed below it, and the
   * oldest transaction running when it was taken (every older one is in it).
   */
  private record Snapshot(
      CoPurchaseCounts counts, long sales, long upTo, Set<Long> missed, long oldestRunning) {}

  private Snapshot read() {
    try {
      return database.inRepeatableRead(this::read).await().indefinitely();
    } catch (RuntimeException e) {
      throw new IllegalStateException("co-purchase counts cannot be read: " + e.getMessage(), e);
    }
  }

  /** Every statement of one REPEATABLE READ transaction: one snapshot for all of them. */
  private Uni<Snapshot> read(SqlConnection connection) {
    var fresh = new CoPurchaseCounts(config.partnersTracked());
    return ChangeCursor.oldestRunning(connection)
        .flatMap(
            oldestRunning ->
                highestSaleId(connection)
                    .flatMap(
                        upTo ->
                            stream(connection, upTo, fresh)
                                .flatMap(
                                    sales ->
                                        missedBelow(connection, upTo)
                                            .map(
                                                missed ->
                                                    new Snapshot(
                                                        fresh,
                                                        sales,
                                                        upTo,
                                                        missed,
                                                        oldestRunning)))));
  }

  private static Uni<Long> highestSaleId(SqlConnection connection) {
    return connection
        .query("select coalesce(max(id), 0) from sales")
        .execute()
        .map(rows -> rows.iterator().next().getLong(0));
  }

  /** The ids just below {@code upTo} with no counted lines in the snapshot. */
  private static Uni<Set<Long>> missedBelow(SqlConnection connection, long upTo) {
    return connection
        .preparedQuery(
            "select s.id from generate_series(greatest(1, $1::bigint - $2::bigint), $1::bigint) as s(id) where not exists"
                + " (select 1 from sale_lines l where l.sale_id = s.id and l.sku is not null)")
        .execute(Tuple.of(upTo, (long) IN_FLIGHT_WINDOW - 1))
        .map(rows -> new HashSet<>(map(rows, row -> row.getLong(0))));
  }

  /**
   * Streams the lines in sale order through a cursor, one basket per sale, counted off the event
   * loop; returns the number of sales.
   */
  private static Uni<Long> stream(SqlConnection connection, long upTo, CoPurchaseCounts into) {
    var baskets = new Baskets((saleId, skus) -> into.addBasket(skus));
    return Cursors.forEachFetch(
            connection,
            "select sale_id, sku from sale_lines where sku is not null and sale_id <= $1"
                + " order by sale_id",
            Tuple.of(upTo),
            FETCH_SIZE,
            baskets::add)
        .map(done -> baskets.finish());
  }

  /** Groups lines arriving in sale order into baskets, across the cursor's fetches. */
  private static final class Baskets {

    private final BiConsumer<Long, List<String>> into;
    private final List<String> basket = new ArrayList<>();
    private long current = -1;
    private long sales;

    Baskets(BiConsumer<Long, List<String>> into) {
      this.into = into;
    }

    Baskets add(RowSet<Row> rows) {
      for (Row row : rows) {
        long saleId = row.getLong(0);
        if (saleId != current) {
          close();
        }
        current = saleId;
        basket.add(row.getString(1));
      }
      return this;
    }

    long finish() {
      close();
      return sales;
    }

    private void close() {
      if (!basket.isEmpty()) {
        into.accept(current, List.copyOf(basket));
        basket.clear();
        sales++;
      }
    }
  }
}
