package io.vitrine.tenant.checkout;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.checkout.recommend.SuggestionRepository;
import io.vitrine.tenant.checkout.screening.ScreeningRepository;
import io.vitrine.tenant.kpi.WriteBehindQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The till's answers, stored and audited: each suggestion or screening in its own tables, and its
 * record in the append-only {@code audit_log}.
 *
 * <p>Answers are written behind the response, in batches (one transaction per batch, one multi-row
 * insert per table, at least every {@code vitrine.checkout.write-behind-interval}), which keeps the
 * writes off the latency of the till. Every response still has its rows: the queue is bounded and a
 * full queue makes the request write its own; decisions flush the queue before they read the answer
 * they refer to; shutdown flushes. What a crash of the process can lose is the last interval's
 * answers already sent.
 */
@ApplicationScoped
public class AnswerLog {

  private final Pool pool;
  private final Vertx vertx;
  private final Duration interval;
  private final SuggestionRepository suggestions;
  private final ScreeningRepository screenings;
  private final WriteBehindQueue<TillAnswer> queue;
  private long timer;

  public AnswerLog(
      Pool pool,
      Vertx vertx,
      CheckoutConfig config,
      SuggestionRepository suggestions,
      ScreeningRepository screenings) {
    this.pool = pool;
    this.vertx = vertx;
    this.interval = config.writeBehindInterval();
    this.suggestions = suggestions;
    this.screenings = screenings;
    this.queue =
        new WriteBehindQueue<>("till answers", config.writeBehindCapacity(), 1000, this::insert);
  }

  void start(@Observes StartupEvent started) {
    timer =
        vertx.setPeriodic(interval.toMillis(), id -> queue.flush().subscribe().with(done -> {}));
  }

  void stop(@Observes ShutdownEvent stopping) {
    vertx.cancelTimer(timer);
    queue.flush().await().atMost(Duration.ofSeconds(10));
  }

  /** Queues an answer written behind the response. */
  public Uni<Void> later(TillAnswer answer) {
    return queue.enqueue(answer);
  }

  /** Writes everything queued. */
  public Uni<Void> flush() {
    return queue.flush();
  }

  private Uni<Void> insert(List<TillAnswer> answers) {
    return pool.withTransaction(sql -> insert(sql, answers));
  }

  private Uni<Void> insert(SqlClient sql, List<TillAnswer> answers) {
    return suggestions
        .insert(sql, present(answers, TillAnswer::suggestion))
        .chain(() -> screenings.insert(sql, present(answers, TillAnswer::screening)))
        .chain(() -> AuditRows.append(sql, present(answers, TillAnswer::audit)));
  }

  private static <T> List<T> present(List<TillAnswer> answers, Function<TillAnswer, T> part) {
    return answers.stream().map(part).filter(Objects::nonNull).toList();
  }
}
