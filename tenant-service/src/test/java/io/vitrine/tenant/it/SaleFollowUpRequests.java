package io.vitrine.tenant.it;

import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.pos.sale.FollowUp;
import io.vitrine.tenant.pos.sale.SaleFollowUpRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Asks for the follow-ups of a sale a test planted, as the sale's own transaction does for a POS
 * sale ({@code SaleWriter}); the service's worker then runs them.
 */
@ApplicationScoped
public class SaleFollowUpRequests {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final SaleFollowUpRepository followUps;
  private final Database database;

  public SaleFollowUpRequests(SaleFollowUpRepository followUps, Database database) {
    this.followUps = followUps;
    this.database = database;
  }

  /** As for a new sale: loyalty, the post-purchase message and attribution. */
  public void newSale(long saleId) {
    followUps.enqueue(database.client(), saleId, 1, FollowUp.of(true)).await().atMost(WAIT);
  }

  /** As for a newer version of a known sale: loyalty, attribution and serial capture again. */
  public void newerVersion(long saleId, long posVersion) {
    followUps
        .enqueue(database.client(), saleId, posVersion, FollowUp.of(false))
        .await()
        .atMost(WAIT);
  }
}
