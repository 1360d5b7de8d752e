package io.vitrine.tenant.loyalty;

import static io.vitrine.tenant.common.db.SqlRows.first;
import static io.vitrine.tenant.common.db.SqlRows.instant;
import static io.vitrine.tenant.common.db.SqlRows.map;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Loyalty accounts, ledger and tier notices, and the sales facts accrual reads, in plain SQL. */
@ApplicationScoped
public class LoyaltyRepository {

  /** A completed sale as loyalty sees it; {@code posLocationId} is null without a store. */
  public record SaleRow(
      long id, Long customerId, String posLocationId, BigDecimal total, Instant occurredAt) {}

  /** A member's account, locked for the current transaction. */
  public record AccountRow(long id, String tier, long points) {}

  /** One ledger entry. */
  public record LedgerRow(long saleId, AccrualRule rule, long points, Instant at) {}

  /** One tier upgrade. */
  public record NoticeRow(long saleId, String fromTier, String toTier, Instant at) {}

  private final Pool pool;

  public LoyaltyRepository(Pool pool) {
    this.pool = pool;
  }

  public <T> Uni<T> inTransaction(Function<SqlClient, Uni<T>> work) {
    return pool.withTransaction(connection -> work.apply(connection));
  }

  public Uni<Optional<SaleRow>> sale(SqlClient sql, long saleId) {
    return sql.preparedQuery(
            "SELECT s.id, s.customer_id, st.pos_location_id, s.total, s.occurred_at"
                + " FROM sales s LEFT JOIN stores st ON st.id = s.store_id"
                + " WHERE s.id = $1")
        .execute(Tuple.of(saleId))
        .map(
            rows ->
                first(rows)
                    .map(
                        row ->
                            new SaleRow(
                                row.getLong(0),
                                row.getLong(1),
                                row.getString(2),
                                row.getBigDecimal(3),
                                instant(row.getOffsetDateTime(4)))));
  }

  public Uni<List<SaleFacts.Line>> lines(SqlClient sql, long saleId) {
    return sql.preparedQuery(
            "SELECT p.brand, l.total FROM sale_lines l"
                + " LEFT JOIN products p ON p.sku = l.sku"
                + " WHERE l.sale_id = $1 ORDER BY l.line_number")
        .execute(Tuple.of(saleId))
        .map(rows -> map(rows, row -> new SaleFacts.Line(row.getString(0), row.getBigDecimal(1))));
  }

  /** The customer's latest sale before this one. */
  public Uni<Optional<Instant>> previousSaleAt(SqlClient sql, SaleRow sale) {
    return sql.preparedQuery(
            "SELECT max(occurred_at) FROM sales"
                + " WHERE customer_id = $1 AND id <> $2 AND occurred_at < $3")
        .execute(Tuple.of(sale.customerId(), sale.id(), utc(sale.occurredAt())))
        .map(rows -> first(rows).map(row -> instant(row.getOffsetDateTime(0))));
  }

  /** The brand in most of the customer's sales before this one. */
  public Uni<Optional<SaleFacts.BrandCount>> frequentBrand(SqlClient sql, SaleRow sale) {
    return sql.preparedQuery(
            "SELECT p.brand, count(DISTINCT s.id) FROM sales s"
                + " JOIN sale_lines l ON l.sale_id = s.id"
                + " JOIN products p ON p.sku = l.sku"
                + " WHERE s.customer_id = $1 AND s.id <> $2 AND s.occurred_at < $3"
                + " AND p.brand IS NOT NULL"
                + " GROUP BY p.brand ORDER BY 2 DESC, p.brand LIMIT 1")
        .execute(Tuple.of(sale.customerId(), sale.id(), utc(sale.occurredAt())))
        .map(
            rows ->
                first(rows).map(row -> new SaleFacts.BrandCount(row.getString(0), row.getLong(1))));
  }

  /** The member's account in the program, created at the base tier if new, locked. */
  public Uni<AccountRow> lockAccount(
      SqlClient sql, long customerId, String program, String baseTier) {
    return sql.preparedQuery(
            "INSERT INTO loyalty_accounts (customer_id, program, tier) VALUES ($1, $2, $3)"
                + " ON CONFLICT (customer_id, program) DO NOTHING")
        .execute(Tuple.of(customerId, program, baseTier))
        .flatMap(
            inserted ->
                sql.preparedQuery(
                        "SELECT id, tier, points FROM loyalty_accounts"
                            + " WHERE customer_id = $1 AND program = $2 FOR UPDATE")
                    .execute(Tuple.of(customerId, program)))
        .map(
            rows -> {
              Row row = rows.iterator().next();
              return new AccountRow(row.getLong(0), row.getString(1), row.getLong(2));
            });
  }

  /** Records an accrual unless the sale already earned this rule; true when it was new. */
  public Uni<Boolean> insertLedger(SqlClient sql, long accountId, long saleId, Accrual accrual) {
    return sql.preparedQuery(
            "INSERT INTO loyalty_ledger (account_id, sale_id, rule, points, details)"
                + " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (sale_id, rule) DO NOTHING")
        .execute(
            Tuple.of(
                accountId,
                saleId,
                accrual.rule().name(),
                accrual.points(),
                JsonObject.mapFrom(accrual.details())))
        .map(rows -> rows.rowCount() == 1);
  }

  public Uni<Void> updateAccount(SqlClient sql, long accountId, long points, String tier) {
    return sql.preparedQuery(
            "UPDATE loyalty_accounts SET points = $2, tier = $3, updated_at = now()"
                + " WHERE id = $1")
        .execute(Tuple.of(accountId, points, tier))
        .replaceWithVoid();
  }

  public Uni<Void> insertTierNotice(
      SqlClient sql, long accountId, long saleId, String fromTier, String toTier) {
    return sql.preparedQuery(
            "INSERT INTO loyalty_tier_notices (account_id, sale_id, from_tier, to_tier)"
                + " VALUES ($1, $2, $3, $4) ON CONFLICT (sale_id) DO NOTHING")
        .execute(Tuple.of(accountId, saleId, fromTier, toTier))
        .replaceWithVoid();
  }

  public Uni<Optional<Long>> customerId(String pseudonym) {
    return pool.preparedQuery("SELECT id FROM customers WHERE pseudonym = $1")
        .execute(Tuple.of(pseudonym))
        .map(rows -> first(rows).map(row -> row.getLong(0)));
  }

  public Uni<Optional<AccountRow>> account(long customerId, String program) {
    return pool.preparedQuery(
            "SELECT id, tier, points FROM loyalty_accounts"
                + " WHERE customer_id = $1 AND program = $2")
        .execute(Tuple.of(customerId, program))
        .map(
            rows ->
                first(rows)
                    .map(row -> new AccountRow(row.getLong(0), row.getString(1), row.getLong(2))));
  }

  public Uni<List<LedgerRow>> recentLedger(long accountId, int limit) {
    return pool.preparedQuery(
            "SELECT sale_id, rule, points, created_at FROM loyalty_ledger"
                + " WHERE account_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2")
        .execute(Tuple.of(accountId, limit))
        .map(
            rows ->
                map(
                    rows,
                    row ->
                        new LedgerRow(
                            row.getLong(0),
                            AccrualRule.valueOf(row.getString(1)),
                            row.getLong(2),
                            instant(row.getOffsetDateTime(3)))));
  }

  public Uni<List<NoticeRow>> recentNotices(long accountId, int limit) {
    return pool.preparedQuery(
            "SELECT sale_id, from_tier, to_tier, created_at FROM loyalty_tier_notices"
                + " WHERE account_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2")
        .execute(Tuple.of(accountId, limit))
        .map(
            rows ->
                map(
                    rows,
                    row ->
                        new NoticeRow(
                            row.getLong(0),
                            row.getString(1),
                            row.getString(2),
                            instant(row.getOffsetDateTime(3)))));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
