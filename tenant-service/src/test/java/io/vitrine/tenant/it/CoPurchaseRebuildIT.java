package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vitrine.tenant.checkout.copurchase.CoPurchaseIndex;
import io.vitrine.tenant.checkout.ranking.CoPurchase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Full rebuilds of the co-purchase counts on the real PostgreSQL: they correct what one-by-one
 * updates cannot see (deleted and changed sales), and lose no sale that arrives while they run.
 */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
@TestProfile(CheckoutIT.Profile.class)
class CoPurchaseRebuildIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject AgroalDataSource dataSource;
  @Inject CoPurchaseIndex coPurchases;

  private CheckoutFixtures data;
  private long store;
  private String a;
  private String b;
  private String c;

  @BeforeEach
  void plantAStore() {
    await().atMost(WAIT).until(() -> given().get("/q/health/ready").statusCode() == 200);
    data = new CheckoutFixtures(dataSource);
    store = data.store("rebuild-" + data.suffix);
    a = data.sku("A");
    b = data.sku("B");
    c = data.sku("C");
  }

  @Test
  void aRebuildDropsDeletedSalesAndCountsChangedOnesAsTheyAreNow() {
    long[] withB = new long[4];
    for (int i = 0; i < withB.length; i++) {
      withB[i] = counted(data.sale(store, null, a, b));
    }
    long changed = counted(data.sale(store, null, a, c));
    counted(data.sale(store, null, a, c));
    assertThat(partners(a)).isEqualTo(Map.of(b, 4, c, 2));

    execute("delete from sales where id in (?, ?, ?)", withB[0], withB[1], withB[2]);
    execute("update sale_lines set sku = ? where sale_id = ? and sku = ?", b, changed, c);
    assertThat(partners(a)).as("one-by-one updates do not see these").isEqualTo(Map.of(b, 4, c, 2));

    coPurchases.rebuild();

    assertThat(partners(a)).isEqualTo(Map.of(b, 2, c, 1));
    assertThat(coPurchases.sales(a)).isEqualTo(3);
    counted(data.sale(store, null, a, c));
    assertThat(partners(a)).as("and counting goes on").isEqualTo(Map.of(b, 2, c, 2));
  }

  @Test
  void salesArrivingWhileARebuildRunsAreCountedOnce() throws Exception {
    counted(data.sale(store, null, a, b));
    try (Connection slow = dataSource.getConnection()) {
      slow.setAutoCommit(false);
      // A sale drawn before the next one but committed after the rebuild's snapshot was taken.
      long late = insertSale(slow, a, c);
      long early = data.sale(store, null, a, b);
      assertThat(late).isLessThan(early);
      execute(slow, "lock table sale_lines in access exclusive mode");

      CompletableFuture<Void> rebuild = CompletableFuture.runAsync(coPurchases::rebuild);
      long slowPid = backendPid(slow);
      await().atMost(WAIT).until(() -> rebuildIsWaitingOn(slowPid));
      CompletableFuture<Void> earlyCounted = counting(early);
      slow.commit();
      CompletableFuture<Void> lateCounted = counting(late);

      CompletableFuture.allOf(rebuild, earlyCounted, lateCounted).get();
    }

    assertThat(partners(a)).isEqualTo(Map.of(b, 2, c, 1));
    assertThat(coPurchases.sales(a)).isEqualTo(3);
  }

  @Test
  void aSaleCommittedAfterTheSnapshotWithAnIdBelowItsHighestIsStillCounted() throws Exception {
    long late;
    try (Connection slow = dataSource.getConnection()) {
      slow.setAutoCommit(false);
      late = insertSale(slow, a, c);
      counted(data.sale(store, null, a, b));

      coPurchases.rebuild();
      slow.commit();
    }
    counted(late);

    assertThat(partners(a)).isEqualTo(Map.of(b, 1, c, 1));
    counted(late);
    assertThat(partners(a)).as("counted once").isEqualTo(Map.of(b, 1, c, 1));
  }

  private long counted(long saleId) {
    coPurchases.onSale(saleId).await().atMost(WAIT);
    return saleId;
  }

  private CompletableFuture<Void> counting(long saleId) {
    return coPurchases.onSale(saleId).subscribeAsCompletionStage().toCompletableFuture();
  }

  private Map<String, Integer> partners(String sku) {
    return coPurchases.partners(sku).stream()
        .collect(Collectors.toMap(CoPurchase::partnerSku, CoPurchase::together));
  }

  private long insertSale(Connection connection, String... skus) throws SQLException {
    long saleId;
    try (PreparedStatement sale =
        connection.prepareStatement(
            "insert into sales (pos_provider, pos_sale_id, store_id, total, occurred_at)"
                + " values ('it', ?, ?, 10, now()) returning id")) {
      sale.setString(1, UUID.randomUUID().toString());
      sale.setLong(2, store);
      try (ResultSet id = sale.executeQuery()) {
        id.next();
        saleId = id.getLong(1);
      }
    }
    for (int line = 0; line < skus.length; line++) {
      execute(
          connection,
          "insert into sale_lines (sale_id, line_number, sku, quantity, unit_price, total)"
              + " values (?, ?, ?, 1, 10, 10)",
          saleId,
          line + 1,
          skus[line]);
    }
    return saleId;
  }

  /** Whether the rebuild's read of the lines waits for the lock that {@code holder} holds. */
  private boolean rebuildIsWaitingOn(long holder) {
    return data.count(
            "select count(*) from pg_stat_activity where ? = any (pg_blocking_pids(pid))"
                + " and query like 'select sale_id, sku from sale_lines%'",
            holder)
        > 0;
  }

  private static long backendPid(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("select pg_backend_pid()");
        ResultSet pid = statement.executeQuery()) {
      pid.next();
      return pid.getLong(1);
    }
  }

  private void execute(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection()) {
      execute(connection, sql, parameters);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void execute(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.execute();
    }
  }
}
