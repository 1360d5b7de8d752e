package io.vitrine.tenant.checkout;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.kpi.WriteBehindQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The checkout's audit records in the append-only {@code audit_log}.
 *
 * <p>Suggestions and alerts are written behind the response, in batches (one multi-row insert per
 * batch, at least every {@code vitrine.checkout.write-behind-interval}), which keeps the audit
 * write off the latency of the till. Every response still has its record: the queue is bounded and
 * a full queue makes the request write its own record; feedback and overrides flush the queue
 * before they read the record they refer to, and are themselves written before they are
 * acknowledged; shutdown flushes. What a crash of the process can lose is the last interval's
 * records of answers already sent.
 */
@ApplicationScoped
public class CheckoutAuditLog {

  private final Pool pool;
  private final Vertx vertx;
  private final Duration interval;
  private long timer;
  private final WriteBehindQueue<AuditRow> queue;

  public CheckoutAuditLog(Pool pool, Vertx vertx, CheckoutConfig config) {
    this.pool = pool;
    this.vertx = vertx;
    this.interval = config.writeBehindInterval();
    this.queue =
        new WriteBehindQueue<>("audit_log", config.writeBehindCapacity(), 1000, this::insert);
  }

  void start(@Observes StartupEvent started) {
    timer =
        vertx.setPeriodic(interval.toMillis(), id -> queue.flush().subscribe().with(done -> {}));
  }

  void stop(@Observes ShutdownEvent stopping) {
    vertx.cancelTimer(timer);
    queue.flush().await().atMost(Duration.ofSeconds(10));
  }

  /** Queues a record written behind the response. */
  public Uni<Void> later(AuditRow entry) {
    return queue.enqueue(entry);
  }

  /** Writes a record now, after everything queued before it. */
  public Uni<Void> now(AuditRow entry) {
    return queue.flush().flatMap(flushed -> insert(List.of(entry)));
  }

  /** Writes everything queued. */
  public Uni<Void> flush() {
    return queue.flush();
  }

  /** The records about one target, oldest first, after writing what is queued. */
  public Uni<List<AuditRow>> about(String targetType, String targetId) {
    return queue
        .flush()
        .flatMap(
            flushed ->
                pool.preparedQuery(
                        "select occurred_at, actor, action, target_type, target_id, details::text"
                            + " from audit_log where target_type = $1 and target_id = $2"
                            + " order by id")
                    .execute(Tuple.of(targetType, targetId)))
        .map(
            rows ->
                StreamSupport.stream(rows.spliterator(), false)
                    .map(CheckoutAuditLog::entry)
                    .toList());
  }

  private static AuditRow entry(Row row) {
    return new AuditRow(
        row.getOffsetDateTime("occurred_at"),
        row.getString("actor"),
        row.getString("action"),
        row.getString("target_type"),
        row.getString("target_id"),
        row.getString("details"));
  }

  private Uni<Void> insert(List<AuditRow> entries) {
    return AuditRows.append(pool, entries);
  }
}
