package io.vitrine.tenant.loyalty;

import io.vitrine.tenant.pos.SaleCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Applies each sale POS ingestion completes to its customer's loyalty account. A newer version of a
 * known sale changes nothing: its accruals were recorded the first time.
 */
@ApplicationScoped
public class LoyaltyOnSaleCompleted {

  private static final Logger LOG = Logger.getLogger(LoyaltyOnSaleCompleted.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final LoyaltyService loyalty;

  public LoyaltyOnSaleCompleted(LoyaltyService loyalty) {
    this.loyalty = loyalty;
  }

  void on(@ObservesAsync SaleCompleted sale) {
    if (sale.customerId() == null) {
      return;
    }
    try {
      loyalty.onSaleCompleted(sale.saleId()).await().atMost(TIMEOUT);
    } catch (RuntimeException e) {
      LOG.warnf("Loyalty not applied to sale %d: %s", sale.saleId(), e.getClass().getSimpleName());
    }
  }
}
