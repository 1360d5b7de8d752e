package io.vitrine.tenant.pos.worker;

import io.quarkus.scheduler.Scheduled;
import io.vitrine.tenant.common.db.SqlFailures;
import io.vitrine.tenant.pos.PosConfig;
import io.vitrine.tenant.pos.sale.NormalizedSale;
import io.vitrine.tenant.pos.sale.SaleWriter;
import io.vitrine.tenant.pos.vendor.MalformedVendorDataException;
import io.vitrine.tenant.pos.vendor.VendorApiException;
import io.vitrine.tenant.pos.webhook.WebhookMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Normalises recorded events into sales, asynchronously from their acknowledgement: every {@code
 * vitrine.pos.worker.interval} it leases due events in batches and applies each event's sale by
 * version (with its follow-ups, in the sale's transaction: {@link SaleWriter}); a stock
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
  private final WebhookMetrics metrics;
  private final PosConfig.Worker config;
  private final boolean enabled;
  private volatile boolean databaseDown;

  public EventWorker(
      EventQueue queue,
      EventProcessor processor,
      StockEvents stockEvents,
      SaleWriter writer,
      WebhookMetrics metrics,
      PosConfig pos) {
    this.queue = queue;
    this.processor = processor;
    this.stockEvents = stockEvents;
    this.writer = writer;
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
      drain();
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
   * Processes due events until none is left or the round limit is reached.
   *
   * @throws RuntimeException a database failure that is no fault of one event (see {@link
   *     SqlFailures#isConnectionLoss})
   */
  public void drain() {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<StoredEvent> events =
          queue.lease(config.batchSize(), config.lease()).await().indefinitely();
      for (StoredEvent event : events) {
        process(event);
      }
      if (events.size() < config.batchSize()) {
        return;
      }
    }
  }

  private void process(StoredEvent event) {
    String outcome;
    try {
      outcome = StockEvents.isStock(event) ? stockEvents.apply(event) : applySale(event);
    } catch (VendorApiException e) {
      failedAttempt(event, "vendor-api", e.getMessage());
      return;
    } catch (MalformedVendorDataException e) {
      failedAttempt(event, "malformed", e.getMessage());
      return;
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
      return;
    }
    queue.processed(event.id()).await().indefinitely();
    metrics.processed(event.provider(), outcome);
  }

  /** The event's sale, applied by version; its outcome for the meters. */
  private String applySale(StoredEvent event) {
    Optional<NormalizedSale> sale = processor.sale(event);
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
