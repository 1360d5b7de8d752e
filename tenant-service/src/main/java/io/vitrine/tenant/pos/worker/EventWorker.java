package io.vitrine.tenant.pos.worker;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vitrine.tenant.common.db.SqlFailures;
import io.vitrine.tenant.pos.PosConfig;
import io.vitrine.tenant.pos.sale.NormalizedSale;
import io.vitrine.tenant.pos.sale.SaleWriter;
import io.vitrine.tenant.pos.vendor.MalformedVendorDataException;
import io.vitrine.tenant.pos.vendor.VendorApiException;
import io.vitrine.tenant.pos.webhook.WebhookMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;

/**
 * Normalises recorded events into sales, asynchronously from their acknowledgement: every {@code
 * vitrine.pos.worker.interval} it leases due events in batches and applies the batch's sales by
 * version, with their follow-ups and the events' PROCESSED mark, in one transaction ({@link
 * SaleEvents}; one by one with {@link SaleWriter} should that transaction fail); a stock
 * notification's counts are applied newest-wins ({@link StockEvents}). A failed attempt is retried
 * with exponential backoff; after {@code max-attempts} the event is FAILED. {@code last_error}
 * holds the error's kind and our own message, never the vendor's data.
 *
 * <p>It runs on a scheduler worker thread, since the vendors' APIs it may call block, and awaits
 * each of its statements there.
 */
@ApplicationScoped
public class EventWorker {

  private static final Logger LOG = Logger.getLogger(EventWorker.class);

  /** Rounds per run while batches come back full, so a backlog drains between runs. */
  private static final int MAX_ROUNDS = 20;

  private final EventQueue queue;
  private final EventProcessor processor;
  private final StockEvents stockEvents;
  private final SaleWriter writer;
  private final SaleEvents saleEvents;
  private final WebhookMetrics metrics;
  private final PosConfig.Worker config;
  private final boolean enabled;
  private volatile boolean databaseDown;

  public EventWorker(
      EventQueue queue,
      EventProcessor processor,
      StockEvents stockEvents,
      SaleWriter writer,
      SaleEvents saleEvents,
      WebhookMetrics metrics,
      PosConfig pos) {
    this.queue = queue;
    this.processor = processor;
    this.stockEvents = stockEvents;
    this.writer = writer;
    this.saleEvents = saleEvents;
    this.metrics = metrics;
    this.config = pos.worker();
    this.enabled = pos.provider().filter(value -> !value.isBlank()).isPresent();
  }

  @Scheduled(
      identity = "pos-event-worker",
      every = "${vitrine.pos.worker.interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void run() {
    if (!enabled) {
      return;
    }
    try {
      drainConcurrently();
      metrics.lag(queue.oldestPendingAgeSeconds().await().indefinitely());
      if (databaseDown) {
        LOG.info("The database is back; normalising POS events again.");
        databaseDown = false;
      }
    } catch (RuntimeException e) {
      if (!SqlFailures.isDatabaseFailure(e)) {
        throw e;
      }
      if (!databaseDown) {
        LOG.warnf(
            "Cannot reach the database to normalise POS events (%s)", SqlFailures.describe(e));
        databaseDown = true;
      }
    }
  }

  /**
   * {@code vitrine.pos.worker.concurrency} drains at once, this thread being one: while one batch
   * waits for the database, another is applied ({@code SKIP LOCKED} gives each its own events).
   */
  private void drainConcurrently() {
    List<CompletableFuture<Void>> others =
        IntStream.range(1, config.concurrency())
            .mapToObj(
                i -> CompletableFuture.runAsync(this::drain, Infrastructure.getDefaultWorkerPool()))
            .toList();
    try {
      drain();
    } finally {
      others.forEach(EventWorker::join);
    }
  }

  private static void join(CompletableFuture<Void> drain) {
    try {
      drain.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /**
   * Processes due events until none is left or the round limit is reached.
   *
   * @throws RuntimeException a database failure that is no fault of one event (see {@link
   *     SqlFailures#isConnectionLoss})
   */
  public void drain() {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<StoredEvent> events =
          queue.lease(config.batchSize(), config.lease()).await().indefinitely();
      process(events);
      if (events.size() < config.batchSize()) {
        return;
      }
    }
  }

  /**
   * Stock events one by one; the sales of the others together ({@link SaleEvents}). An event whose
   * sale cannot be read fails alone; should the batch's transaction fail, its sales are applied one
   * by one, so that only the event at fault fails.
   */
  private void process(List<StoredEvent> events) {
    var sales = new ArrayList<SaleEvents.Parsed>();
    for (StoredEvent event : events) {
      if (StockEvents.isStock(event)) {
        attempt(event, () -> stockEvents.apply(event)).ifPresent(done -> processed(event, done));
      } else {
        attempt(event, () -> processor.sale(event))
            .ifPresent(sale -> sales.add(new SaleEvents.Parsed(event, sale)));
      }
    }
    if (!sales.isEmpty()) {
      applyTogether(sales);
    }
  }

  private void applyTogether(List<SaleEvents.Parsed> sales) {
    List<String> outcomes;
    try {
      outcomes = saleEvents.apply(sales).await().indefinitely();
    } catch (RuntimeException e) {
      if (SqlFailures.isConnectionLoss(e)) {
        throw e;
      }
      LOG.infof(
          "A batch of %d sales failed (%s), applying them one by one",
          sales.size(), SqlFailures.describe(e));
      sales.forEach(this::applyAlone);
      return;
    }
    for (int i = 0; i < sales.size(); i++) {
      metrics.processed(sales.get(i).event().provider(), outcomes.get(i));
    }
  }

  private void applyAlone(SaleEvents.Parsed parsed) {
    attempt(parsed.event(), () -> applySale(parsed.sale()))
        .ifPresent(outcome -> processed(parsed.event(), outcome));
  }

  private void processed(StoredEvent event, String outcome) {
    queue.processed(event.id()).await().indefinitely();
    metrics.processed(event.provider(), outcome);
  }

  /**
   * The work's result, or empty when it failed: the failed attempt is then recorded.
   *
   * @throws RuntimeException a lost connection, which is no fault of the event
   */
  private <T> Optional<T> attempt(StoredEvent event, Supplier<T> work) {
    try {
      return Optional.of(work.get());
    } catch (VendorApiException e) {
      failedAttempt(event, "vendor-api", e.getMessage());
    } catch (MalformedVendorDataException e) {
      failedAttempt(event, "malformed", e.getMessage());
    } catch (RuntimeException e) {
      if (SqlFailures.isConnectionLoss(e)) {
        throw e;
      }
      Optional<String> state = SqlFailures.sqlState(e);
      if (state.isPresent()) {
        failedAttempt(event, "database", "SQLState " + state.get());
      } else {
        failedAttempt(event, "unexpected", e.getClass().getSimpleName());
      }
    }
    return Optional.empty();
  }

  /** The sale applied by version on its own; its outcome for the meters. */
  private String applySale(Optional<NormalizedSale> sale) {
    boolean applied =
        sale.isPresent() && writer.apply(sale.get()).await().indefinitely().isPresent();
    return sale.isEmpty() ? "skipped" : applied ? "applied" : "unchanged";
  }

  private void failedAttempt(StoredEvent event, String kind, String error) {
    metrics.processingError(event.provider(), kind);
    String lastError = kind + ": " + error;
    if (event.attempts() >= config.maxAttempts()) {
      queue.failed(event.id(), lastError).await().indefinitely();
      metrics.givenUp(event.provider());
      LOG.warnf(
          "Gave up on %s event %d after %d attempts: %s",
          event.provider(), event.id(), event.attempts(), lastError);
      return;
    }
    queue.retryLater(event.id(), backoff(event.attempts()), lastError).await().indefinitely();
  }

  /** The delay after the n-th failed attempt: backoff × 2^(n-1), at most max-backoff. */
  Duration backoff(int attempts) {
    Duration delay = config.backoff().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
    return delay.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : delay;
  }
}
