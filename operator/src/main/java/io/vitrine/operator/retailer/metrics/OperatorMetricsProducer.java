package io.vitrine.operator.retailer.metrics;

import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * JOSDK's reconcile metrics per controller, not per resource: with hundreds of retailers, one time
 * series per tenant and meter would swamp Prometheus. Per-tenant detail is in status and Events.
 */
public class OperatorMetricsProducer {

  @Produces
  @Singleton
  Metrics reconcileMetrics(MeterRegistry registry) {
    return MicrometerMetrics.newMicrometerMetricsBuilder(registry)
        .notCollectingMetricsPerResource()
        .build();
  }
}
