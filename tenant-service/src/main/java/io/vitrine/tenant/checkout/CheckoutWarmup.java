package io.vitrine.tenant.checkout;

import static io.vitrine.tenant.common.problem.ProblemType.CHECKOUT_WARMING_UP;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import io.vitrine.tenant.catalog.CatalogChanged;
import io.vitrine.tenant.checkout.catalog.CheckoutCatalog;
import io.vitrine.tenant.checkout.copurchase.CoPurchaseIndex;
import io.vitrine.tenant.checkout.recommend.AcceptanceFeedback;
import io.vitrine.tenant.checkout.recommend.ContentSimilarity;
import io.vitrine.tenant.checkout.screening.ScreeningVocabulary;
import io.vitrine.tenant.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Loads the co-purchase counts, the catalog (and what each of its ingredient names is, for
 * screening) and the feedback priors at start, off the event loop, then keeps the catalog fresh and
 * rebuilds the co-purchase counts periodically ({@code vitrine.checkout.copurchase.rebuild-every}).
 * The service is not ready, and recommend and screen answer 503, until the first load is done.
 */
@ApplicationScoped
public class CheckoutWarmup {

  private static final Logger LOG = Logger.getLogger(CheckoutWarmup.class);
  private static final Duration FEEDBACK_LOAD = Duration.ofSeconds(60);

  private final CoPurchaseIndex coPurchases;
  private final CheckoutCatalog catalog;
  private final AcceptanceFeedback feedback;
  private final CheckoutConfig config;
  private final ContentSimilarity content;
  private final ScreeningVocabulary vocabulary;
  private final Vertx vertx;
  private volatile boolean loaded;
  private final AtomicBoolean startTick = new AtomicBoolean(true);
  private long refreshTimer = -1;

  public CheckoutWarmup(
      CoPurchaseIndex coPurchases,
      CheckoutCatalog catalog,
      AcceptanceFeedback feedback,
      CheckoutConfig config,
      ContentSimilarity content,
      ScreeningVocabulary vocabulary,
      Vertx vertx) {
    this.coPurchases = coPurchases;
    this.catalog = catalog;
    this.feedback = feedback;
    this.config = config;
    this.content = content;
    this.vocabulary = vocabulary;
    this.vertx = vertx;
  }

  void start(@Observes StartupEvent started) {
    Infrastructure.getDefaultWorkerPool().execute(this::load);
  }

  private void load() {
    try {
      content.warmUp();
      coPurchases.rebuild();
      catalog.refresh();
      vocabulary.learn(catalog.snapshot());
      feedback.load().await().atMost(FEEDBACK_LOAD);
      loaded = true;
      refreshTimer =
          vertx.setPeriodic(
              config.catalogRefresh().toMillis(),
              id -> Infrastructure.getDefaultWorkerPool().execute(this::refreshCatalog));
    } catch (RuntimeException e) {
      LOG.errorf("checkout data could not be loaded, retrying in 5 s: %s", e.getMessage());
      vertx.setTimer(5_000, id -> Infrastructure.getDefaultWorkerPool().execute(this::load));
    }
  }

  /**
   * Rebuilds the co-purchase counts from every sale, once the first load is done; the counts serve
   * recommendations throughout and swap at once.
   */
  @Scheduled(
      identity = "copurchase-rebuild",
      every = "${vitrine.checkout.copurchase.rebuild-every:6h}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void rebuildCoPurchases() {
    // The first tick comes with start-up, whose load has just read (or is reading) every sale: a
    // second full read then only doubles the start-up work.
    if (startTick.getAndSet(false) || !loaded) {
      return;
    }
    try {
      coPurchases.rebuild();
    } catch (RuntimeException e) {
      LOG.warnf("co-purchase rebuild failed, keeping the current counts: %s", e.getMessage());
    }
  }

  void stop(@Observes ShutdownEvent stopping) {
    vertx.cancelTimer(refreshTimer);
  }

  /**
   * An import on this replica wrote its products: the till ranks with them before the import reads
   * COMPLETED (on the import's thread, which may block). Before the first load, that load reads
   * them.
   */
  void catalogChanged(@Observes CatalogChanged changed) {
    if (loaded) {
      refreshCatalog();
    }
  }

  private void refreshCatalog() {
    try {
      catalog.refresh();
      vocabulary.learn(catalog.snapshot());
    } catch (RuntimeException e) {
      LOG.warnf("catalog refresh failed, keeping the last one: %s", e.getMessage());
    }
  }

  /** Fails with {@code checkout-warming-up} until the first load is done. */
  public void requireLoaded() {
    if (!loaded) {
      throw Problem.of(CHECKOUT_WARMING_UP);
    }
  }

  public boolean loaded() {
    return loaded;
  }
}
