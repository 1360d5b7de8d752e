package io.vitrine.tenant.kpi;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.flags.Feature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes feature events into {@code feature_events} in batches, one multi-row insert per batch, so
 * that recording a SHOWN event on every recommendation costs the request nothing.
 */
@ApplicationScoped
public class BatchedFeatureEvents implements FeatureEvents {

  private static final String INSERT =
      "insert into feature_events (occurred_at, store_id, feature, kind, latency_ms,"
          + " suggestion_id) select * from unnest($1::timestamptz[], $2::text[], $3::text[],"
          + " $4::text[], $5::int[], $6::text[])";

  private final Pool pool;
  private final Vertx vertx;
  private final Duration interval;
  private long timer;
  private final WriteBehindQueue<Event> queue;

  public BatchedFeatureEvents(
      Pool pool,
      Vertx vertx,
      @ConfigProperty(name = "vitrine.kpi.write-behind-interval", defaultValue = "25ms")
          Duration interval,
      @ConfigProperty(name = "vitrine.kpi.write-behind-capacity", defaultValue = "20000")
          int capacity) {
    this.pool = pool;
    this.vertx = vertx;
    this.interval = interval;
    this.queue = new WriteBehindQueue<>("feature_events", capacity, 1000, this::insert);
  }

  void start(@Observes StartupEvent started) {
    timer =
        vertx.setPeriodic(interval.toMillis(), id -> queue.flush().subscribe().with(done -> {}));
  }

  void stop(@Observes ShutdownEvent stopping) {
    vertx.cancelTimer(timer);
    queue.flush().await().atMost(Duration.ofSeconds(10));
  }

  @Override
  public Uni<Void> record(
      Feature feature,
      String storeId,
      FeatureEventKind kind,
      Duration latency,
      String suggestionId) {
    return queue.enqueue(
        new Event(
            OffsetDateTime.now(ZoneOffset.UTC),
            storeId,
            feature.key(),
            kind.name(),
            latency == null ? null : (int) latency.toMillis(),
            suggestionId));
  }

  /** Writes what is queued; for tests and for callers that must read the events back. */
  public Uni<Void> flush() {
    return queue.flush();
  }

  private Uni<Void> insert(List<Event> events) {
    return pool.preparedQuery(INSERT)
        .execute(
            Tuple.of(
                events.stream().map(Event::occurredAt).toArray(OffsetDateTime[]::new),
                events.stream().map(Event::storeId).toArray(String[]::new),
                events.stream().map(Event::feature).toArray(String[]::new),
                events.stream().map(Event::kind).toArray(String[]::new),
                events.stream().map(Event::latencyMs).toArray(Integer[]::new),
                events.stream().map(Event::suggestionId).toArray(String[]::new)))
        .replaceWithVoid();
  }

  private record Event(
      OffsetDateTime occurredAt,
      String storeId,
      String feature,
      String kind,
      Integer latencyMs,
      String suggestionId) {}
}
