package io.vitrine.tenant.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * Appends to the tenant's append-only {@code audit_log} through the Vert.x SQL client, with one
 * statement for one row or a batch. Given a connection in a transaction, the rows commit with it.
 * Like {@link AuditLog}: actors are subject ids or system names, details carry no PII or secrets.
 */
public final class AuditRows {

  /** One multi-row insert: the rows arrive as one array a column. */
  private static final String INSERT =
      "insert into audit_log (occurred_at, actor, action, target_type, target_id, details)"
          + " select coalesce(o, now()), a, c, t, i, d::jsonb from unnest($1::timestamptz[],"
          + " $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) as r(o, a, c, t, i, d)";

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

  private static String[] column(List<AuditRow> rows, Function<AuditRow, String> value) {
    return rows.stream().map(value).toArray(String[]::new);
  }
}
