package io.vitrine.tenant.pos.sale;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.assets.SerialCaptureService;
import io.vitrine.tenant.common.db.SqlFailures;
import io.vitrine.tenant.kpi.attribution.SaleAttributions;
import io.vitrine.tenant.loyalty.LoyaltyService;
import io.vitrine.tenant.messages.PostPurchaseMessageService;
import io.vitrine.tenant.pos.PosConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * What follows a POS sale once it is stored, from {@code sale_follow_ups}: the customer earns
 * loyalty points, a post-purchase message is drafted for approval, and the sale is attributed to
 * the AI feature that assisted it, if any (for the order-value KPIs), and the serials of serialized
 * products sold are recorded as assets. Every {@code vitrine.pos.follow-ups.interval} any replica
 * leases due follow-ups and runs each on its own: one failing never holds back the others. Each
 * consumer applies a sale once, so a follow-up run again (its replica died before recording the
 * outcome) changes nothing. A failure is retried with exponential backoff; after {@code
 * max-attempts} the follow-up is DEAD with the reason (the error's kind and SQLState or class,
 * never the sale's data). The co-purchase counts are each replica's own and follow new sales
 * themselves ({@code checkout.copurchase}).
 *
 * <p>It runs on a scheduler worker thread and awaits each statement there.
 */
@ApplicationScoped
public class SaleFollowUps {

  private static final Logger LOG = Logger.getLogger(SaleFollowUps.class);

  /** Rounds per run while batches come back full, so a backlog drains between runs. */
  private static final int MAX_ROUNDS = 20;

  private final SaleFollowUpRepository queue;
  private final LoyaltyService loyalty;
  private final PostPurchaseMessageService messages;
  private final SaleAttributions attributions;
  private final SerialCaptureService serials;
  private final PosConfig.FollowUps config;
  private volatile boolean databaseDown;

  public SaleFollowUps(
      SaleFollowUpRepository queue,
      LoyaltyService loyalty,
      PostPurchaseMessageService messages,
      SaleAttributions attributions,
      SerialCaptureService serials,
      PosConfig pos) {
    this.queue = queue;
    this.loyalty = loyalty;
    this.messages = messages;
    this.attributions = attributions;
    this.serials = serials;
    this.config = pos.followUps();
  }

  @Scheduled(
      identity = "sale-follow-ups",
      every = "${vitrine.pos.follow-ups.interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void run() {
    try {
      drain();
      if (databaseDown) {
        LOG.info("The database is back; running the follow-ups of sales again.");
        databaseDown = false;
      }
    } catch (RuntimeException e) {
      if (!SqlFailures.isDatabaseFailure(e)) {
        throw e;
      }
      if (!databaseDown) {
        LOG.warnf(
            "Cannot reach the database to run the follow-ups of sales (%s)",
            SqlFailures.describe(e));
        databaseDown = true;
      }
    }
  }

  /**
   * Runs due follow-ups until none is left or the round limit is reached.
   *
   * @throws RuntimeException a database failure that is no fault of one follow-up (see {@link
   *     SqlFailures#isConnectionLoss})
   */
  public void drain() {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<LeasedFollowUp> due =
          queue.lease(config.batchSize(), config.lease()).await().indefinitely();
      due.forEach(this::process);
      if (due.size() < config.batchSize()) {
        return;
      }
    }
  }

  private void process(LeasedFollowUp followUp) {
    try {
      action(followUp).await().indefinitely();
    } catch (RuntimeException e) {
      if (SqlFailures.isConnectionLoss(e)) {
        throw e;
      }
      failedAttempt(followUp, reason(e));
      return;
    }
    queue.done(followUp).await().indefinitely();
  }

  private Uni<?> action(LeasedFollowUp followUp) {
    long saleId = followUp.saleId();
    return switch (followUp.kind()) {
      case LOYALTY -> loyalty.onSaleCompleted(saleId);
      case POST_PURCHASE_MESSAGE -> messages.onSaleCompleted(saleId);
      case ATTRIBUTION -> attributions.onSale(saleId);
      case SERIAL_CAPTURE -> serials.onSale(saleId);
    };
  }

  private void failedAttempt(LeasedFollowUp followUp, String reason) {
    if (followUp.attempts() >= config.maxAttempts()) {
      queue.dead(followUp, reason).await().indefinitely();
      LOG.warnf(
          "Gave up on the %s follow-up of sale %d after %d attempts: %s",
          followUp.kind(), followUp.saleId(), followUp.attempts(), reason);
      return;
    }
    queue.retryLater(followUp, backoff(followUp.attempts()), reason).await().indefinitely();
  }

  /** The error's kind: its SQLState or its class, never a message that could hold data. */
  private static String reason(RuntimeException e) {
    return SqlFailures.sqlState(e)
        .map(state -> "database: SQLState " + state)
        .orElseGet(() -> "unexpected: " + e.getClass().getSimpleName());
  }

  /** The delay after the n-th failed attempt: backoff × 2^(n-1), at most max-backoff. */
  Duration backoff(int attempts) {
    Duration delay = config.backoff().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
    return delay.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : delay;
  }
}
