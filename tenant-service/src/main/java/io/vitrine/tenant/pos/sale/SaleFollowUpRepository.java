package io.vitrine.tenant.pos.sale;

import static io.vitrine.tenant.common.db.SqlRows.map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.common.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sale_follow_ups} as a work queue. The sale's transaction enqueues them; a replica leases
 * due ones ({@code FOR UPDATE SKIP LOCKED}, so replicas never take the same one) by pushing their
 * {@code next_attempt_at} past the lease, then marks each DONE, schedules a retry or marks it DEAD
 * with the reason. A replica that dies leaves its follow-ups to come due again when the lease ends.
 * An outcome is recorded only for the version that was leased: a newer version of the sale asks
 * again, and its follow-up runs again. Each statement after the enqueue commits alone.
 */
@ApplicationScoped
public class SaleFollowUpRepository {

  /** A follow-up asked again (a newer version) is pending again, from its first attempt. */
  private static final String ASKED_AGAIN =
      " ON CONFLICT (sale_id, kind) DO UPDATE SET pos_version = EXCLUDED.pos_version,"
          + " status = 'PENDING', attempts = 0, next_attempt_at = now(), last_error = NULL,"
          + " updated_at = now()";

  private static final String ENQUEUE =
      "INSERT INTO sale_follow_ups (sale_id, kind, pos_version)"
          + " SELECT $1, kind, $2 FROM unnest($3::text[]) AS kind"
          + ASKED_AGAIN;

  private static final String ENQUEUE_ALL =
      "INSERT INTO sale_follow_ups (sale_id, kind, pos_version)"
          + " SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[]) AS f(sale, kind, version)"
          + " ORDER BY sale, kind"
          + ASKED_AGAIN;

  private static final String LEASE =
      "UPDATE sale_follow_ups SET attempts = attempts + 1,"
          + " next_attempt_at = now() + make_interval(secs => $1), updated_at = now()"
          + " WHERE (sale_id, kind) IN (SELECT sale_id, kind FROM sale_follow_ups"
          + " WHERE status = 'PENDING' AND next_attempt_at <= now()"
          + " ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)"
          + " RETURNING sale_id, kind, pos_version, attempts";

  private static final String OF_THE_LEASED_VERSION =
      " WHERE sale_id = $1 AND kind = $2 AND pos_version = $3 AND status = 'PENDING'";

  private final Database database;

  public SaleFollowUpRepository(Database database) {
    this.database = database;
  }

  /** Asks for these follow-ups of a sale, on the caller's transaction (the sale's own). */
  public Uni<Void> enqueue(SqlClient sql, long saleId, long posVersion, List<FollowUp> kinds) {
    String[] names = kinds.stream().map(FollowUp::name).toArray(String[]::new);
    return sql.preparedQuery(ENQUEUE)
        .execute(Tuple.of(saleId, posVersion, names))
        .replaceWithVoid();
  }

  /** The follow-ups one applied version of a sale asks for. */
  public record Asked(long saleId, long posVersion, List<FollowUp> kinds) {}

  /** Asks for the follow-ups of many sales in one statement, on the caller's transaction. */
  public Uni<Void> enqueueAll(SqlClient sql, List<Asked> asked) {
    var saleIds = new ArrayList<Long>();
    var kinds = new ArrayList<String>();
    var versions = new ArrayList<Long>();
    for (Asked each : asked) {
      for (FollowUp kind : each.kinds()) {
        saleIds.add(each.saleId());
        kinds.add(kind.name());
        versions.add(each.posVersion());
      }
    }
    if (saleIds.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return sql.preparedQuery(ENQUEUE_ALL)
        .execute(
            Tuple.of(
                saleIds.toArray(Long[]::new),
                kinds.toArray(String[]::new),
                versions.toArray(Long[]::new)))
        .replaceWithVoid();
  }

  public Uni<List<LeasedFollowUp>> lease(int batchSize, Duration lease) {
    return database
        .client()
        .preparedQuery(LEASE)
        .execute(Tuple.of(seconds(lease), batchSize))
        .map(
            rows ->
                map(
                    rows,
                    row ->
                        new LeasedFollowUp(
                            row.getLong(0),
                            FollowUp.valueOf(row.getString(1)),
                            row.getLong(2),
                            row.getInteger(3))));
  }

  public Uni<Void> done(LeasedFollowUp followUp) {
    return update(
        "UPDATE sale_follow_ups SET status = 'DONE', last_error = NULL, updated_at = now()"
            + OF_THE_LEASED_VERSION,
        key(followUp));
  }

  public Uni<Void> retryLater(LeasedFollowUp followUp, Duration delay, String error) {
    return update(
        "UPDATE sale_follow_ups SET last_error = $4,"
            + " next_attempt_at = now() + make_interval(secs => $5), updated_at = now()"
            + OF_THE_LEASED_VERSION,
        key(followUp).addValue(error).addValue(seconds(delay)));
  }

  public Uni<Void> dead(LeasedFollowUp followUp, String error) {
    return update(
        "UPDATE sale_follow_ups SET status = 'DEAD', last_error = $4, updated_at = now()"
            + OF_THE_LEASED_VERSION,
        key(followUp).addValue(error));
  }

  private Uni<Void> update(String sql, Tuple arguments) {
    return database.client().preparedQuery(sql).execute(arguments).replaceWithVoid();
  }

  private static Tuple key(LeasedFollowUp followUp) {
    return Tuple.of(followUp.saleId(), followUp.kind().name(), followUp.posVersion());
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
