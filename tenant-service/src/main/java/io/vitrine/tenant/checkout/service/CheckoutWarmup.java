package io.vitrine.tenant.checkout.service;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import io.vitrine.tenant.checkout.config.CheckoutConfig;
import io.vitrine.tenant.checkout.copurchase.CoPurchaseIndex;
import io.vitrine.tenant.checkout.products.CatalogStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Loads the co-purchase counts, the catalog and the feedback priors at start, off the event loop,
 * then keeps the catalog fresh. The service is not ready, and recommend and screen answer 503,
 * until the first load is done.
 */
@ApplicationScoped
@Readiness
public class CheckoutWarmup implements AsyncHealthCheck {

  private static final Logger LOG = Logger.getLogger(CheckoutWarmup.class);

  private final CoPurchaseIndex coPurchases;
  private final CatalogStore catalog;
  private final AcceptanceFeedback feedback;
  private final CheckoutConfig config;
  private final Vertx vertx;
  private volatile boolean loaded;

  public CheckoutWarmup(
      CoPurchaseIndex coPurchases,
      CatalogStore catalog,
      AcceptanceFeedback feedback,
      CheckoutConfig config,
      Vertx vertx) {
    this.coPurchases = coPurchases;
    this.catalog = catalog;
    this.feedback = feedback;
    this.config = config;
    this.vertx = vertx;
  }

  void start(@Observes StartupEvent started) {
    Infrastructure.getDefaultWorkerPool().execute(this::load);
  }

  private void load() {
    try {
      coPurchases.rebuild();
      catalog.refresh();
      feedback.load();
      loaded = true;
      vertx.setPeriodic(
          config.catalogRefresh().toMillis(),
          id -> Infrastructure.getDefaultWorkerPool().execute(this::refreshCatalog));
    } catch (RuntimeException e) {
      LOG.errorf("checkout data could not be loaded, retrying in 5 s: %s", e.getMessage());
      vertx.setTimer(5_000, id -> Infrastructure.getDefaultWorkerPool().execute(this::load));
    }
  }

  private void refreshCatalog() {
    try {
      catalog.refresh();
    } catch (RuntimeException e) {
      LOG.warnf("catalog refresh failed, keeping the last one: %s", e.getMessage());
    }
  }

  /** Fails with {@link CheckoutWarmingUpException} until the first load is done. */
  public void requireLoaded() {
    if (!loaded) {
      throw new CheckoutWarmingUpException();
    }
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    return Uni.createFrom().item(HealthCheckResponse.named("checkout-data").status(loaded).build());
  }
}
