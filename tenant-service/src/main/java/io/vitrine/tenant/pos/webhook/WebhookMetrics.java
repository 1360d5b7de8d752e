package io.vitrine.tenant.pos.webhook;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vitrine.tenant.common.problem.ProblemType;
import io.vitrine.tenant.pos.PosProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * POS ingestion meters, tagged by provider (and reason or outcome): a handful of series per tenant.
 * Deliveries: received, rejected, stored (the ingest rate), duplicates (dedup hits), store
 * failures. Normalisation: processed events by outcome, processing errors, events given up on, the
 * processing lag (age of the oldest pending event) and the events the reconciliation poll enqueued.
 */
@ApplicationScoped
public class WebhookMetrics {

  static final String RECEIVED = "vitrine.webhooks.received";
  static final String REJECTED = "vitrine.webhooks.rejected";
  static final String DUPLICATES = "vitrine.webhooks.duplicates";
  static final String STORED = "vitrine.webhooks.stored";
  static final String STORE_FAILURES = "vitrine.webhooks.store.failures";
  static final String PROCESSED = "vitrine.pos.events.processed";
  static final String PROCESSING_ERRORS = "vitrine.pos.events.processing.errors";
  static final String GIVEN_UP = "vitrine.pos.events.failed";
  static final String LAG = "vitrine.pos.events.lag.seconds";
  static final String POLLED = "vitrine.pos.reconciliation.enqueued";

  private final MeterRegistry registry;
  private final AtomicLong lagSeconds = new AtomicLong();

  public WebhookMetrics(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder(LAG, lagSeconds, AtomicLong::get)
        .description("Age of the oldest event not yet normalised into a sale")
        .baseUnit("seconds")
        .strongReference(true)
        .register(registry);
  }

  void received(PosProvider provider) {
    registry.counter(RECEIVED, "provider", provider.configName()).increment();
  }

  void rejected(PosProvider provider, String reason) {
    registry.counter(REJECTED, "provider", provider.configName(), "reason", reason).increment();
  }

  /** The {@code reason} tag of a refused delivery: low-cardinality, as dashboards know it. */
  static String rejectionReason(ProblemType rejection) {
    return switch (rejection) {
      case WEBHOOK_NOT_CONFIGURED -> "not-configured";
      case WEBHOOK_SIGNATURE -> "signature";
      case WEBHOOK_WRONG_ACCOUNT -> "wrong-account";
      case WEBHOOK_MALFORMED -> "malformed";
      default -> "other";
    };
  }

  void duplicate(PosProvider provider, long count) {
    registry.counter(DUPLICATES, "provider", provider.configName()).increment(count);
  }

  void stored(PosProvider provider, long count) {
    registry.counter(STORED, "provider", provider.configName()).increment(count);
  }

  void storeFailed(PosProvider provider) {
    registry.counter(STORE_FAILURES, "provider", provider.configName()).increment();
  }

  /** An event normalised: {@code outcome} is applied, unchanged (older version) or skipped. */
  public void processed(String provider, String outcome) {
    registry.counter(PROCESSED, "provider", provider, "outcome", outcome).increment();
  }

  /** A processing attempt failed; {@code kind} is a low-cardinality error class. */
  public void processingError(String provider, String kind) {
    registry.counter(PROCESSING_ERRORS, "provider", provider, "kind", kind).increment();
  }

  /** An event reached its last attempt and is FAILED. */
  public void givenUp(String provider) {
    registry.counter(GIVEN_UP, "provider", provider).increment();
  }

  public void lag(long seconds) {
    lagSeconds.set(Math.max(0, seconds));
  }

  public void polled(PosProvider provider, long enqueued) {
    registry.counter(POLLED, "provider", provider.configName()).increment(enqueued);
  }
}
