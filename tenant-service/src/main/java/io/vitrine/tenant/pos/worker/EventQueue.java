package io.vitrine.tenant.pos.worker;

import static io.vitrine.tenant.common.db.SqlRows.first;
import static io.vitrine.tenant.common.db.SqlRows.map;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.pos.PosProvider;
import io.vitrine.tenant.pos.vendor.PolledOrder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/**
 * {@code webhook_events} as a work queue. A worker leases due RECEIVED events ({@code FOR UPDATE
 * SKIP LOCKED}, so workers never take the same event) by pushing their {@code next_attempt_at} past
 * the lease; it then marks each PROCESSED, or schedules a retry, or marks it FAILED. A worker that
 * dies leaves its events to come due again when the lease ends. Each statement commits alone.
 */
@ApplicationScoped
public class EventQueue {

  private static final String LEASE =
      "UPDATE webhook_events SET attempts = attempts + 1,"
          + " next_attempt_at = now() + make_interval(secs => $1)"
          + " WHERE id IN (SELECT id FROM webhook_events"
          + " WHERE status = 'RECEIVED' AND next_attempt_at <= now()"
          + " ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)"
          + " RETURNING id, provider, dedup_key, topic, raw_body, attempts";

  private final Database database;

  public EventQueue(Database database) {
    this.database = database;
  }

  public Uni<List<StoredEvent>> lease(int batchSize, Duration lease) {
    return database
        .client()
        .preparedQuery(LEASE)
        .execute(Tuple.of(seconds(lease), batchSize))
        .map(rows -> map(rows, EventQueue::event));
  }

  public Uni<Void> processed(long id) {
    return update(
        "UPDATE webhook_events SET status = 'PROCESSED', processed_at = now(), last_error = NULL"
            + " WHERE id = $1",
        Tuple.of(id));
  }

  /** Marks these events PROCESSED on the caller's transaction (the one that applied them). */
  public Uni<Void> processed(SqlClient sql, List<Long> ids) {
    return sql.preparedQuery(
            "UPDATE webhook_events SET status = 'PROCESSED', processed_at = now(),"
                + " last_error = NULL WHERE id = ANY($1)")
        .execute(Tuple.of(ids.toArray(Long[]::new)))
        .replaceWithVoid();
  }

  public Uni<Void> retryLater(long id, Duration delay, String error) {
    return update(
        "UPDATE webhook_events SET last_error = $1,"
            + " next_attempt_at = now() + make_interval(secs => $2) WHERE id = $3",
        Tuple.of(error, seconds(delay), id));
  }

  public Uni<Void> failed(long id, String error) {
    return update(
        "UPDATE webhook_events SET status = 'FAILED', last_error = $1 WHERE id = $2",
        Tuple.of(error, id));
  }

  /** Seconds since the oldest event still waiting to be normalised arrived (0 when none). */
  public Uni<Long> oldestPendingAgeSeconds() {
    return database
        .client()
        .query(
            "SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(received_at)), 0)::float8"
                + " FROM webhook_events WHERE status = 'RECEIVED'")
        .execute()
        .map(rows -> first(rows).map(row -> row.getDouble(0).longValue()).orElse(0L));
  }

  /**
   * Enqueues polled orders as events under their dedup keys, in one statement; what is already
   * recorded (by an earlier poll or a webhook with the same key) is left as it is.
   *
   * @param bodies the orders' bodies as bytes, in the same order
   * @return how many were new
   */
  public Uni<Integer> enqueue(PosProvider provider, List<PolledOrder> orders, byte[][] bodies) {
    if (orders.isEmpty()) {
      return Uni.createFrom().item(0);
    }
    var buffers = new Buffer[bodies.length];
    for (int i = 0; i < bodies.length; i++) {
      buffers[i] = Buffer.buffer(bodies[i]);
    }
    return database
        .client()
        .preparedQuery(
            "INSERT INTO webhook_events (provider, dedup_key, topic, raw_body)"
                + " SELECT $1::text, k, '"
                + StoredEvent.RECONCILE
                + "', b FROM unnest($2::text[], $3::bytea[]) AS t(k, b)"
                + " ON CONFLICT (provider, dedup_key) DO NOTHING")
        .execute(
            Tuple.of(
                provider.configName(),
                orders.stream().map(PolledOrder::dedupKey).toArray(String[]::new),
                buffers))
        .map(rows -> rows.rowCount());
  }

  private Uni<Void> update(String sql, Tuple arguments) {
    return database.client().preparedQuery(sql).execute(arguments).replaceWithVoid();
  }

  private static StoredEvent event(Row row) {
    return new StoredEvent(
        row.getLong(0),
        row.getString(1),
        row.getString(2),
        row.getString(3),
        row.getBuffer(4).getBytes(),
        row.getInteger(5));
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
