package io.vitrine.tenant.pos.sale;

import io.vitrine.tenant.pos.PosProvider;
import io.vitrine.tenant.pos.SaleCompleted;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A POS sale in the vendor-neutral shape the {@code sales} table holds.
 *
 * @param posVersion orders by recency: a smaller version never overwrites a larger one
 * @param locationId the POS location, null when the POS gave none
 * @param customerRef the POS's customer id, turned into a pseudonym before it is stored
 */
public record NormalizedSale(
    PosProvider provider,
    String posSaleId,
    long posVersion,
    String locationId,
    String customerRef,
    BigDecimal total,
    String currency,
    Instant occurredAt,
    List<SaleCompleted.Line> lines) {

  public NormalizedSale {
    if (posSaleId == null || posSaleId.isBlank()) {
      throw new IllegalArgumentException("a sale needs its POS id");
    }
    lines = List.copyOf(lines);
  }
}
