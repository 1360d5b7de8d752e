package io.vitrine.tenant.pos.sale;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.checkout.copurchase.CoPurchaseIndex;
import io.vitrine.tenant.kpi.attribution.SaleAttributions;
import io.vitrine.tenant.loyalty.LoyaltyService;
import io.vitrine.tenant.messages.PostPurchaseMessageService;
import io.vitrine.tenant.pos.SaleCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.time.Duration;
import java.util.function.LongFunction;
import org.jboss.logging.Logger;

/**
 * What follows a POS sale once it is stored: the co-purchase counts learn the basket, the customer
 * earns loyalty points, a post-purchase message is drafted for approval, and the sale is attributed
 * to the AI feature that assisted it, if any (for the order-value KPIs). Each follow-up is
 * idempotent per sale, runs on its own and is retried; one failing never holds back the others.
 */
@ApplicationScoped
public class SaleFollowUps {

  private static final Logger LOG = Logger.getLogger(SaleFollowUps.class);
  private static final int ATTEMPTS = 5;

  private final CoPurchaseIndex coPurchases;
  private final LoyaltyService loyalty;
  private final PostPurchaseMessageService messages;
  private final SaleAttributions attributions;

  public SaleFollowUps(
      CoPurchaseIndex coPurchases,
      LoyaltyService loyalty,
      PostPurchaseMessageService messages,
      SaleAttributions attributions) {
    this.coPurchases = coPurchases;
    this.loyalty = loyalty;
    this.messages = messages;
    this.attributions = attributions;
  }

  void on(@ObservesAsync SaleCompleted sale) {
    // A newer version of a known sale changes its lines, not the basket counted or the message.
    if (sale.created()) {
      run("co-purchase counts", sale, coPurchases::onSale);
      run("post-purchase message", sale, messages::onSaleCompleted);
    }
    run("loyalty", sale, loyalty::onSaleCompleted);
    // A newer version may add the accepted SKU; a sale already attributed keeps its attribution.
    run("attribution", sale, attributions::onSale);
  }

  private static void run(String followUp, SaleCompleted sale, LongFunction<Uni<?>> action) {
    Uni.createFrom()
        .deferred(() -> action.apply(sale.saleId()))
        .onFailure()
        .retry()
        .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
        .atMost(ATTEMPTS - 1)
        .subscribe()
        .with(
            done -> {},
            failure ->
                LOG.errorf(
                    "%s of sale %d failed after %d attempts: %s",
                    followUp, sale.saleId(), ATTEMPTS, failure.getClass().getSimpleName()));
  }
}
