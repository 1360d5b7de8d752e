package io.vitrine.tenant.checkout.copurchase;

import io.agroal.api.AgroalDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.checkout.CheckoutConfig;
import io.vitrine.tenant.checkout.ranking.CoPurchase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;

/**
 * The tenant's co-purchase counts, in memory: rebuilt in full from {@code sales}/{@code sale_lines}
 * (at start and periodically, see {@code CheckoutWarmup}), and updated one sale at a time by {@link
 * #onSale(long)} as sales arrive.
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

  private final AgroalDataSource dataSource;
  private final Pool pool;
  private final CheckoutConfig config;
  private final ReentrantLock rebuilding = new ReentrantLock();
  private final CountedSales counted = new CountedSales();
  private volatile CoPurchaseCounts counts;

  public CoPurchaseIndex(AgroalDataSource dataSource, Pool pool, CheckoutConfig config) {
    this.dataSource = dataSource;
    this.pool = pool;
    this.config = config;
    this.counts = new CoPurchaseCounts(config.partnersTracked());
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
    return pool.preparedQuery("select sku from sale_lines where sale_id = $1 and sku is not null")
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
    }
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

  /** The sales in one snapshot: their counts, the highest id, and the ids it missed below it. */
  private record Snapshot(CoPurchaseCounts counts, long sales, long upTo, Set<Long> missed) {}

  private Snapshot read() {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      int isolation = connection.getTransactionIsolation();
      // One snapshot for every statement; the driver streams with a cursor only in a transaction.
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setAutoCommit(false);
      try {
        long upTo = highestSaleId(connection);
        var fresh = new CoPurchaseCounts(config.partnersTracked());
        long sales = stream(connection, upTo, fresh);
        Set<Long> missed = missedBelow(connection, upTo);
        connection.commit();
        return new Snapshot(fresh, sales, upTo, missed);
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
        connection.setTransactionIsolation(isolation);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("co-purchase counts cannot be read: " + e.getMessage(), e);
    }
  }

  private static long highestSaleId(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select coalesce(max(id), 0) from sales")) {
      result.next();
      return result.getLong(1);
    }
  }

  /** The ids just below {@code upTo} with no counted lines in the snapshot. */
  private static Set<Long> missedBelow(Connection connection, long upTo) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select s.id from generate_series(greatest(1, ? - ?), ?) as s(id) where not exists"
                + " (select 1 from sale_lines l where l.sale_id = s.id and l.sku is not null)")) {
      statement.setLong(1, upTo);
      statement.setLong(2, IN_FLIGHT_WINDOW - 1);
      statement.setLong(3, upTo);
      var missed = new HashSet<Long>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          missed.add(rows.getLong(1));
        }
      }
      return missed;
    }
  }

  /** Streams the lines in sale order, one basket per sale; returns the number of sales. */
  private static long stream(Connection connection, long upTo, CoPurchaseCounts into)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select sale_id, sku from sale_lines where sku is not null and sale_id <= ?"
                + " order by sale_id")) {
      statement.setLong(1, upTo);
      statement.setFetchSize(FETCH_SIZE);
      long sales = 0;
      try (ResultSet rows = statement.executeQuery()) {
        long current = -1;
        var basket = new ArrayList<String>();
        while (rows.next()) {
          long saleId = rows.getLong(1);
          if (saleId != current && !basket.isEmpty()) {
            into.addBasket(basket);
            basket.clear();
            sales++;
          }
          current = saleId;
          basket.add(rows.getString(2));
        }
        if (!basket.isEmpty()) {
          into.addBasket(basket);
          sales++;
        }
      }
      return sales;
    }
  }
}
