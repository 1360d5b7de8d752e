package io.vitrine.tenant.service.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.vitrine.tenant.model.PosProvider;
import jakarta.enterprise.context.ApplicationScoped;

/** Webhook counters, tagged by provider (and reason): a handful of series per tenant. */
@ApplicationScoped
public class WebhookMetrics {

  static final String RECEIVED = "vitrine.webhooks.received";
  static final String REJECTED = "vitrine.webhooks.rejected";
  static final String DUPLICATES = "vitrine.webhooks.duplicates";
  static final String STORED = "vitrine.webhooks.stored";
  static final String STORE_FAILURES = "vitrine.webhooks.store.failures";

  private final MeterRegistry registry;

  public WebhookMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void received(PosProvider provider) {
    registry.counter(RECEIVED, "provider", provider.configName()).increment();
  }

  void rejected(PosProvider provider, WebhookRejectedException.Reason reason) {
    registry
        .counter(REJECTED, "provider", provider.configName(), "reason", reason.tag())
        .increment();
  }

  void duplicate(PosProvider provider) {
    registry.counter(DUPLICATES, "provider", provider.configName()).increment();
  }

  void stored(PosProvider provider) {
    registry.counter(STORED, "provider", provider.configName()).increment();
  }

  void storeFailed(PosProvider provider) {
    registry.counter(STORE_FAILURES, "provider", provider.configName()).increment();
  }
}
