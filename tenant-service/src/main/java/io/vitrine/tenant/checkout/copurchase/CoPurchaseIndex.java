package io.vitrine.tenant.checkout.copurchase;

import io.agroal.api.AgroalDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.checkout.config.CheckoutConfig;
import io.vitrine.tenant.checkout.ranking.CoPurchase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;

/**
 * The tenant's co-purchase counts, in memory: rebuilt in full from {@code sales}/{@code
 * sale_lines}, and updated one sale at a time by {@link #onSale(long)} as sales arrive.
 *
 * <p>A rebuild covers the sales up to the highest sale id when it starts (its watermark); sales
 * above it that arrive during the rebuild are replayed onto the new counts when it swaps in. Each
 * sale is counted once: a sale already counted (a later version of the same POS sale) changes
 * nothing until the next rebuild.
 */
@ApplicationScoped
public class CoPurchaseIndex {

  private static final Logger LOG = Logger.getLogger(CoPurchaseIndex.class);
  private static final int FETCH_SIZE = 10_000;

  private final AgroalDataSource dataSource;
  private final Pool pool;
  private final CheckoutConfig config;
  private volatile CoPurchaseCounts counts;
  private long watermark;
  private final Map<Long, List<String>> countedSince = new HashMap<>();

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
    synchronized (this) {
      if (saleId <= watermark || countedSince.containsKey(saleId)) {
        return Uni.createFrom().voidItem();
      }
    }
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
    if (saleId > watermark && countedSince.putIfAbsent(saleId, skus) == null) {
      counts.addBasket(skus);
    }
  }

  /**
   * Reads every sale again into fresh counts and swaps them in. Blocking: call off the event loop.
   */
  public void rebuild() {
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      long upTo = highestSaleId(connection);
      var fresh = new CoPurchaseCounts(config.partnersTracked());
      long sales = stream(connection, upTo, fresh);
      swap(fresh, upTo);
      LOG.infof(
          "co-purchase counts rebuilt: %d sales, %d SKUs in %d ms",
          sales, fresh.skus(), (System.nanoTime() - started) / 1_000_000);
    } catch (SQLException e) {
      throw new IllegalStateException("co-purchase counts cannot be read: " + e.getMessage(), e);
    }
  }

  private synchronized void swap(CoPurchaseCounts fresh, long upTo) {
    countedSince.keySet().removeIf(saleId -> saleId <= upTo);
    countedSince.values().forEach(fresh::addBasket);
    watermark = upTo;
    counts = fresh;
  }

  private static long highestSaleId(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select coalesce(max(id), 0) from sales")) {
      result.next();
      return result.getLong(1);
    }
  }

  /** Streams the lines in sale order, one basket per sale; returns the number of sales. */
  private static long stream(Connection connection, long upTo, CoPurchaseCounts into)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false); // the driver streams with a cursor only inside a transaction
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
      connection.commit();
      return sales;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
