package io.vitrine.tenant.messages;

import io.vitrine.tenant.pos.SaleCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Drafts the post-purchase guidance for each sale POS ingestion completes. A newer version of a
 * known sale changes nothing: the sale has its message (or its reason for none) already.
 */
@ApplicationScoped
public class MessagesOnSaleCompleted {

  private static final Logger LOG = Logger.getLogger(MessagesOnSaleCompleted.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final PostPurchaseMessages messages;

  public MessagesOnSaleCompleted(PostPurchaseMessages messages) {
    this.messages = messages;
  }

  void on(@ObservesAsync SaleCompleted sale) {
    try {
      messages.onSaleCompleted(sale.saleId()).await().atMost(TIMEOUT);
    } catch (RuntimeException e) {
      LOG.warnf(
          "No post-purchase draft for sale %d: %s", sale.saleId(), e.getClass().getSimpleName());
    }
  }
}
