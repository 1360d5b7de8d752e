package io.vitrine.tenant.pos.reconcile;

import io.quarkus.scheduler.Scheduled;
import io.vitrine.tenant.common.db.SqlFailures;
import io.vitrine.tenant.pos.PosConfig;
import io.vitrine.tenant.pos.PosProvider;
import io.vitrine.tenant.pos.vendor.CloverStockApi;
import io.vitrine.tenant.pos.vendor.LightspeedRStockApi;
import io.vitrine.tenant.pos.vendor.LightspeedXStockApi;
import io.vitrine.tenant.pos.vendor.ShopifyStockApi;
import io.vitrine.tenant.pos.vendor.SquareStockApi;
import io.vitrine.tenant.pos.vendor.VendorApiException;
import io.vitrine.tenant.pos.vendor.VendorCounts;
import io.vitrine.tenant.stock.StockMetrics;
import io.vitrine.tenant.stock.StockService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * Repairs the stock notifications missed (and is Lightspeed R-Series' only stock feed): every
 * {@code vitrine.pos.reconciliation.interval} it reads the counts changed since the stock watermark
 * ({@code pos_watermarks}, "&lt;provider&gt;:stock") and applies them newest-wins, so a count
 * already applied changes nothing. Clover's items list has no change filter: every poll re-reads
 * all of its counts. Polled counts are applied directly, not queued: the poll reads again from the
 * old watermark when applying fails. Runs on a scheduler worker thread, since the vendors' APIs
 * block.
 */
@ApplicationScoped
public class StockReconciliationPoller {

  private static final Logger LOG = Logger.getLogger(StockReconciliationPoller.class);

  private final Optional<PosProvider> provider;
  private final PosConfig.Reconciliation config;
  private final Optional<String> merchantId;
  private final ShopifyStockApi shopify;
  private final SquareStockApi square;
  private final LightspeedXStockApi lightspeedX;
  private final CloverStockApi clover;
  private final LightspeedRStockApi lightspeedR;
  private final Watermarks watermarks;
  private final StockService stock;
  private final StockMetrics metrics;

  public StockReconciliationPoller(
      PosConfig pos,
      ShopifyStockApi shopify,
      SquareStockApi square,
      LightspeedXStockApi lightspeedX,
      CloverStockApi clover,
      LightspeedRStockApi lightspeedR,
      Watermarks watermarks,
      StockService stock,
      StockMetrics metrics) {
    this.provider = pos.provider().flatMap(PosProvider::fromConfigName);
    this.config = pos.reconciliation();
    this.merchantId = pos.merchantId().filter(value -> !value.isBlank());
    this.shopify = shopify;
    this.square = square;
    this.lightspeedX = lightspeedX;
    this.clover = clover;
    this.lightspeedR = lightspeedR;
    this.watermarks = watermarks;
    this.stock = stock;
    this.metrics = metrics;
  }

  @Scheduled(
      identity = "pos-stock-reconciliation",
      every = "${vitrine.pos.reconciliation.interval:5m}",
      delayed = "20s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      pollOnce();
    } catch (VendorApiException e) {
      LOG.warnf("Stock reconciliation poll failed: %s", e.getMessage());
    } catch (RuntimeException e) {
      if (!SqlFailures.isDatabaseFailure(e)) {
        throw e;
      }
      LOG.warnf(
          "Stock reconciliation poll skipped: database unavailable (%s)", SqlFailures.describe(e));
    }
  }

  /**
   * One poll: reads the counts changed since the watermark, applies them, moves the watermark.
   *
   * @return how many counts were applied
   * @throws RuntimeException a database failure (see {@link SqlFailures}) or a {@link
   *     VendorApiException}
   */
  public int pollOnce() {
    if (provider.isEmpty() || !configured(provider.get())) {
      return 0;
    }
    PosProvider pos = provider.get();
    String feed = pos.configName() + ":stock";
    VendorCounts counts = changedSince(pos, watermarks.get(feed).await().indefinitely());
    if (counts.unmapped() > 0) {
      metrics.unmapped(pos.configName(), counts.unmapped());
    }
    int applied = stock.applyFromPos(counts.counts()).await().indefinitely();
    if (pos != PosProvider.CLOVER && counts.position() > 0) {
      watermarks.advance(feed, counts.position()).await().indefinitely();
    }
    if (applied > 0) {
      LOG.infof("Stock reconciliation applied %d %s count(s)", applied, pos.configName());
    }
    return applied;
  }

  private VendorCounts changedSince(PosProvider pos, OptionalLong watermark) {
    return switch (pos) {
      case SHOPIFY -> shopify.updatedSince(since(watermark));
      case SQUARE -> square.updatedSince(since(watermark));
      // X-Series pages by version, exactly: no overlap is needed.
      case LIGHTSPEED_X -> lightspeedX.after(watermark.orElse(0));
      case CLOVER -> clover.all(merchantId.orElseThrow());
      case LIGHTSPEED_R -> lightspeedR.changedSince(since(watermark));
    };
  }

  private boolean configured(PosProvider pos) {
    return switch (pos) {
      case SHOPIFY -> shopify.configured();
      case SQUARE -> square.configured();
      case LIGHTSPEED_X -> lightspeedX.configured();
      case CLOVER -> clover.configured() && merchantId.isPresent();
      case LIGHTSPEED_R -> lightspeedR.configured();
    };
  }

  /**
   * A timestamp watermark, minus the overlap. The first poll reads every count: a count the vendor
   * has not changed lately is stock all the same.
   */
  private Instant since(OptionalLong watermark) {
    if (watermark.isEmpty()) {
      return Instant.EPOCH;
    }
    return Instant.ofEpochMilli(watermark.getAsLong()).minus(config.overlap());
  }
}
