package io.vitrine.tenant.audit;

import static io.vitrine.tenant.common.problem.ProblemType.AUDIT_UNAVAILABLE;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.common.problem.Problem;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * The one way to append to the tenant's append-only {@code audit_log}: one statement for one row or
 * a batch, on the caller's {@link SqlClient}. Given the connection of the caller's transaction, the
 * rows commit or roll back with what they record; given the pool, the statement commits alone.
 */
public final class AuditRows {

  /** One multi-row insert: the rows arrive as one array a column. */
  private static final String INSERT =
      "insert into audit_log (occurred_at, actor, action, target_type, target_id, details)"
          + " select coalesce(o, now()), a, c, t, i, d::jsonb from unnest($1::timestamptz[],"
          + " $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) as r(o, a, c, t, i, d)";

  /** How long a worker thread waits for its audit row before it reports the action as failed. */
  private static final Duration WAIT = Duration.ofSeconds(30);

  private AuditRows() {}

  /** Appends one row. */
  public static Uni<Void> append(SqlClient sql, AuditRow row) {
    return append(sql, List.of(row));
  }

  /** Appends the rows, in order, in one statement. */
  public static Uni<Void> append(SqlClient sql, List<AuditRow> rows) {
    return sql.preparedQuery(INSERT)
        .execute(
            Tuple.of(
                rows.stream().map(AuditRow::occurredAt).toArray(OffsetDateTime[]::new),
                column(rows, AuditRow::actor),
                column(rows, AuditRow::action),
                column(rows, AuditRow::targetType),
                column(rows, AuditRow::targetId),
                column(rows, AuditRow::details)))
        .replaceWithVoid();
  }

  /**
   * {@link #append(SqlClient, AuditRow)} from a worker thread (blocking code such as the Keycloak
   * and POS calls before it): waits until the row is committed.
   *
   * @throws Problem audit-unavailable when it could not be written
   */
  public static void appendAndWait(SqlClient sql, AuditRow row) {
    try {
      append(sql, row).await().atMost(WAIT);
    } catch (RuntimeException e) {
      throw Problem.of(AUDIT_UNAVAILABLE).because("the audit log could not be written").causedBy(e);
    }
  }

  private static String[] column(List<AuditRow> rows, Function<AuditRow, String> value) {
    return rows.stream().map(value).toArray(String[]::new);
  }
}
