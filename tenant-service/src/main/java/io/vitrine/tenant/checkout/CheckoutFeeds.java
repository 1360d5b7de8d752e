package io.vitrine.tenant.checkout;

import io.quarkus.scheduler.Scheduled;
import io.vitrine.tenant.checkout.copurchase.CoPurchaseIndex;
import io.vitrine.tenant.checkout.recommend.AcceptanceFeedback;
import io.vitrine.tenant.common.db.SqlFailures;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Keeps this replica's in-memory checkout data as current as the database: every {@code
 * vitrine.checkout.follow-every} (1 s) the co-purchase counts take the sales and the feedback
 * priors the decisions that any replica stored since the last time, so that every replica ranks
 * with them within seconds. Starts once {@link CheckoutWarmup}'s first load says where from.
 */
@ApplicationScoped
public class CheckoutFeeds {

  private static final Logger LOG = Logger.getLogger(CheckoutFeeds.class);

  private final CheckoutWarmup warmup;
  private final CoPurchaseIndex coPurchases;
  private final AcceptanceFeedback feedback;
  private volatile boolean failing;

  public CheckoutFeeds(
      CheckoutWarmup warmup, CoPurchaseIndex coPurchases, AcceptanceFeedback feedback) {
    this.warmup = warmup;
    this.coPurchases = coPurchases;
    this.feedback = feedback;
  }

  @Scheduled(
      identity = "checkout-feeds",
      every = "${vitrine.checkout.follow-every:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void follow() {
    if (!warmup.loaded()) {
      return;
    }
    try {
      coPurchases.catchUp();
      feedback.catchUp();
      if (failing) {
        LOG.info("New sales and decisions reach this replica's checkout again.");
        failing = false;
      }
    } catch (RuntimeException e) {
      if (!failing) {
        LOG.warnf(
            "New sales and decisions cannot be read, the checkout ranks with what it has: %s",
            SqlFailures.describe(e));
        failing = true;
      }
    }
  }
}
