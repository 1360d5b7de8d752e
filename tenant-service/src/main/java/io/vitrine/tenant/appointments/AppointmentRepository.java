package io.vitrine.tenant.appointments;

import static io.vitrine.tenant.common.db.SqlRows.first;
import static io.vitrine.tenant.common.db.SqlRows.instant;
import static io.vitrine.tenant.common.db.SqlRows.map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** {@code service_types} and {@code appointments}, on the caller's {@link SqlClient}. */
@ApplicationScoped
public class AppointmentRepository {

  private static final String COLUMNS =
      "a.id, a.store_id, a.service_type, a.starts_at, a.ends_at, a.asset_id, c.pseudonym, a.status";

  Uni<Void> putServiceType(SqlClient sql, ServiceType type) {
    return sql.preparedQuery(
            "INSERT INTO service_types (store_id, code, duration_minutes, capacity)"
                + " VALUES ($1, $2, $3, $4) ON CONFLICT (store_id, code) DO UPDATE SET"
                + " duration_minutes = EXCLUDED.duration_minutes, capacity = EXCLUDED.capacity,"
                + " updated_at = now()")
        .execute(Tuple.of(type.storeId(), type.code(), type.durationMinutes(), type.capacity()))
        .replaceWithVoid();
  }

  Uni<List<ServiceType>> serviceTypes(SqlClient sql, long storeId) {
    return sql.preparedQuery(
            "SELECT store_id, code, duration_minutes, capacity FROM service_types"
                + " WHERE store_id = $1 ORDER BY code")
        .execute(Tuple.of(storeId))
        .map(rows -> map(rows, AppointmentRepository::serviceType));
  }

  /**
   * The service, its row locked until the transaction ends: every booking of it at this store waits
   * for the one before, so two never both take the last place.
   */
  Uni<Optional<ServiceType>> lockServiceType(SqlClient sql, long storeId, String code) {
    return sql.preparedQuery(
            "SELECT store_id, code, duration_minutes, capacity FROM service_types"
                + " WHERE store_id = $1 AND code = $2 FOR UPDATE")
        .execute(Tuple.of(storeId, code))
        .map(rows -> first(rows).map(AppointmentRepository::serviceType));
  }

  private static ServiceType serviceType(Row row) {
    return new ServiceType(row.getLong(0), row.getString(1), row.getInteger(2), row.getInteger(3));
  }

  /**
   * The most booked appointments of the service at any one moment of [from, to), leaving out {@code
   * except}: the count is highest at {@code from} or where another appointment starts.
   */
  Uni<Long> mostAtOnce(SqlClient sql, ServiceType type, Instant from, Instant to, Long except) {
    String booked =
        " FROM appointments b WHERE b.store_id = $1 AND b.service_type = $2"
            + " AND b.status = 'BOOKED' AND ($5::bigint IS NULL OR b.id <> $5)";
    return sql.preparedQuery(
            "SELECT coalesce(max((SELECT count(*)"
                + booked
                + " AND b.starts_at <= p.at AND b.ends_at > p.at)), 0) FROM (SELECT $3::timestamptz"
                + " AS at UNION SELECT b.starts_at"
                + booked
                + " AND b.starts_at > $3 AND b.starts_at < $4) p")
        .execute(Tuple.of(type.storeId(), type.code(), utc(from), utc(to)).addValue(except))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  Uni<Long> insert(
      SqlClient sql,
      ServiceType type,
      Instant startsAt,
      Long assetId,
      Long customerId,
      String sourceTransaction,
      String actor) {
    return sql.preparedQuery(
            "INSERT INTO appointments (store_id, service_type, starts_at, ends_at, asset_id,"
                + " customer_id, source_transaction, created_by)"
                + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id")
        .execute(
            Tuple.of(type.storeId(), type.code(), utc(startsAt), utc(endOf(type, startsAt)))
                .addValue(assetId)
                .addValue(customerId)
                .addValue(sourceTransaction)
                .addValue(actor))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  Uni<Void> move(SqlClient sql, long id, ServiceType type, Instant startsAt) {
    return sql.preparedQuery(
            "UPDATE appointments SET starts_at = $2, ends_at = $3, updated_at = now() WHERE id = $1")
        .execute(Tuple.of(id, utc(startsAt), utc(endOf(type, startsAt))))
        .replaceWithVoid();
  }

  Uni<Boolean> cancel(SqlClient sql, long id) {
    return sql.preparedQuery(
            "UPDATE appointments SET status = 'CANCELLED', updated_at = now()"
                + " WHERE id = $1 AND status = 'BOOKED'")
        .execute(Tuple.of(id))
        .map(rows -> rows.rowCount() == 1);
  }

  Uni<Optional<Appointment>> find(SqlClient sql, long id) {
    return sql.preparedQuery(
            "SELECT "
                + COLUMNS
                + " FROM appointments a"
                + " LEFT JOIN customers c ON c.id = a.customer_id WHERE a.id = $1")
        .execute(Tuple.of(id))
        .map(rows -> first(rows).map(AppointmentRepository::appointment));
  }

  Uni<List<Appointment>> booked(SqlClient sql, long storeId, Instant from, Instant to) {
    return sql.preparedQuery(
            "SELECT "
                + COLUMNS
                + " FROM appointments a"
                + " LEFT JOIN customers c ON c.id = a.customer_id WHERE a.store_id = $1"
                + " AND a.status = 'BOOKED' AND a.starts_at < $3 AND a.ends_at > $2"
                + " ORDER BY a.starts_at, a.id")
        .execute(Tuple.of(storeId, utc(from), utc(to)))
        .map(rows -> map(rows, AppointmentRepository::appointment));
  }

  private static Appointment appointment(Row row) {
    return new Appointment(
        row.getLong(0),
        row.getLong(1),
        row.getString(2),
        instant(row.getOffsetDateTime(3)),
        instant(row.getOffsetDateTime(4)),
        row.getLong(5),
        row.getString(6),
        row.getString(7));
  }

  Uni<Optional<Long>> customerId(SqlClient sql, String pseudonym) {
    if (pseudonym == null) {
      return Uni.createFrom().item(Optional.empty());
    }
    return sql.preparedQuery("SELECT id FROM customers WHERE pseudonym = $1")
        .execute(Tuple.of(pseudonym))
        .map(rows -> first(rows).map(row -> row.getLong(0)));
  }

  Uni<Boolean> assetExists(SqlClient sql, Long assetId) {
    if (assetId == null) {
      return Uni.createFrom().item(true);
    }
    return sql.preparedQuery("SELECT EXISTS (SELECT 1 FROM assets WHERE id = $1)")
        .execute(Tuple.of(assetId))
        .map(rows -> rows.iterator().next().getBoolean(0));
  }

  Uni<Boolean> storeExists(SqlClient sql, long storeId) {
    return sql.preparedQuery("SELECT EXISTS (SELECT 1 FROM stores WHERE id = $1)")
        .execute(Tuple.of(storeId))
        .map(rows -> rows.iterator().next().getBoolean(0));
  }

  static Instant endOf(ServiceType type, Instant startsAt) {
    return startsAt.plusSeconds(60L * type.durationMinutes());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
