package io.vitrine.tenant.pos.reconcile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.vitrine.tenant.common.db.SqlFailures;
import io.vitrine.tenant.pos.PosConfig;
import io.vitrine.tenant.pos.PosProvider;
import io.vitrine.tenant.pos.vendor.CloverApi;
import io.vitrine.tenant.pos.vendor.LightspeedRApi;
import io.vitrine.tenant.pos.vendor.LightspeedXApi;
import io.vitrine.tenant.pos.vendor.PolledOrder;
import io.vitrine.tenant.pos.vendor.ShopifyApi;
import io.vitrine.tenant.pos.vendor.SquareApi;
import io.vitrine.tenant.pos.vendor.VendorApiException;
import io.vitrine.tenant.pos.webhook.WebhookMetrics;
import io.vitrine.tenant.pos.worker.EventQueue;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * Catches what notifications missed (and is the only feed of Lightspeed R-Series, which has no
 * webhooks): every {@code vitrine.pos.reconciliation.interval} it lists the orders or sales changed
 * since the provider's watermark through the vendor's API and enqueues them as events whose dedup
 * keys name the order and its version, so nothing is enqueued twice and the sale is applied once.
 * Off when the provider's API has no URL or token. Runs on a scheduler worker thread, since the
 * vendors' APIs block, and awaits its statements there.
 */
@ApplicationScoped
public class ReconciliationPoller {

  private static final Logger LOG = Logger.getLogger(ReconciliationPoller.class);

  private final Optional<PosProvider> provider;
  private final PosConfig.Reconciliation config;
  private final Optional<String> merchantId;
  private final ShopifyApi shopify;
  private final SquareApi square;
  private final CloverApi clover;
  private final LightspeedXApi lightspeedX;
  private final LightspeedRApi lightspeedR;
  private final Watermarks watermarks;
  private final EventQueue queue;
  private final WebhookMetrics metrics;
  private final ObjectMapper json;
  private final Clock clock = Clock.systemUTC();

  public ReconciliationPoller(
      PosConfig pos,
      ShopifyApi shopify,
      SquareApi square,
      CloverApi clover,
      LightspeedXApi lightspeedX,
      LightspeedRApi lightspeedR,
      Watermarks watermarks,
      EventQueue queue,
      WebhookMetrics metrics,
      ObjectMapper json) {
    this.provider = pos.provider().flatMap(PosProvider::fromConfigName);
    this.config = pos.reconciliation();
    this.merchantId = pos.merchantId().filter(value -> !value.isBlank());
    this.shopify = shopify;
    this.square = square;
    this.clover = clover;
    this.lightspeedX = lightspeedX;
    this.lightspeedR = lightspeedR;
    this.watermarks = watermarks;
    this.queue = queue;
    this.metrics = metrics;
    this.json = json;
  }

  @Scheduled(
      identity = "pos-reconciliation",
      every = "${vitrine.pos.reconciliation.interval:5m}",
      delayed = "10s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      pollOnce();
    } catch (VendorApiException e) {
      LOG.warnf("Reconciliation poll failed: %s", e.getMessage());
    } catch (RuntimeException e) {
      if (!SqlFailures.isDatabaseFailure(e)) {
        throw e;
      }
      LOG.warnf("Reconciliation poll skipped: database unavailable (%s)", SqlFailures.describe(e));
    }
  }

  /**
   * One poll: lists what changed since the watermark, enqueues it and moves the watermark.
   *
   * @return how many events were new
   * @throws RuntimeException a database failure (see {@link SqlFailures}) or a {@link
   *     VendorApiException}
   */
  public int pollOnce() {
    if (provider.isEmpty() || !configured(provider.get())) {
      return 0;
    }
    PosProvider pos = provider.get();
    OptionalLong watermark = watermarks.get(pos).await().indefinitely();
    List<PolledOrder> orders = changedSince(pos, watermark);
    int enqueued = queue.enqueue(pos, orders, bodies(orders)).await().indefinitely();
    orders.stream().mapToLong(PolledOrder::position).max().ifPresent(max -> advance(pos, max));
    metrics.polled(pos, enqueued);
    if (enqueued > 0) {
      LOG.infof(
          "Reconciliation enqueued %d %s order(s) notifications missed",
          enqueued, pos.configName());
    }
    return enqueued;
  }

  private List<PolledOrder> changedSince(PosProvider pos, OptionalLong watermark) {
    return switch (pos) {
      case SHOPIFY -> shopify.ordersUpdatedSince(since(watermark));
      case SQUARE -> square.ordersUpdatedSince(since(watermark));
      case CLOVER ->
          clover.ordersModifiedSince(merchantId.orElseThrow(), since(watermark).toEpochMilli());
      case LIGHTSPEED_R -> lightspeedR.salesChangedSince(since(watermark));
      // X-Series pages by version, exactly: no overlap is needed.
      case LIGHTSPEED_X -> lightspeedX.salesAfter(watermark.orElse(0));
    };
  }

  private boolean configured(PosProvider pos) {
    return switch (pos) {
      case SHOPIFY -> shopify.configured();
      case SQUARE -> square.configured();
      case CLOVER -> clover.configured() && merchantId.isPresent();
      case LIGHTSPEED_X -> lightspeedX.configured();
      case LIGHTSPEED_R -> lightspeedR.configured();
    };
  }

  /** A timestamp watermark, minus the overlap; the look-back window before the first poll. */
  private Instant since(OptionalLong watermark) {
    if (watermark.isEmpty()) {
      return clock.instant().minus(config.initialLookback());
    }
    return Instant.ofEpochMilli(watermark.getAsLong()).minus(config.overlap());
  }

  private void advance(PosProvider pos, long max) {
    try {
      watermarks.advance(pos, max).await().indefinitely();
    } catch (RuntimeException e) {
      if (!SqlFailures.isDatabaseFailure(e)) {
        throw e;
      }
      // The next poll re-reads from the old watermark; the dedup keys absorb the repeat.
      LOG.warnf("Could not move the %s watermark (%s)", pos.configName(), SqlFailures.describe(e));
    }
  }

  private byte[][] bodies(List<PolledOrder> orders) {
    var bodies = new byte[orders.size()][];
    for (int i = 0; i < bodies.length; i++) {
      try {
        bodies[i] = json.writeValueAsBytes(orders.get(i).body());
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("an order cannot be written as JSON", e);
      }
    }
    return bodies;
  }
}
