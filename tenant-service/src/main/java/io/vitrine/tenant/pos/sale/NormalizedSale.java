package io.vitrine.tenant.pos.sale;

import io.vitrine.tenant.pos.LineTag;
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
 * @param tags what the lines carried that may hold a serial number
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
    List<SaleCompleted.Line> lines,
    List<LineTag> tags) {

  public NormalizedSale {
    if (posSaleId == null || posSaleId.isBlank()) {
      throw new IllegalArgumentException("a sale needs its POS id");
    }
    lines = List.copyOf(lines);
    tags = List.copyOf(tags);
  }

  /** A sale whose lines carried nothing that may hold a serial. */
  public NormalizedSale(
      PosProvider provider,
      String posSaleId,
      long posVersion,
      String locationId,
      String customerRef,
      BigDecimal total,
      String currency,
      Instant occurredAt,
      List<SaleCompleted.Line> lines) {
    this(
        provider,
        posSaleId,
        posVersion,
        locationId,
        customerRef,
        total,
        currency,
        occurredAt,
        lines,
        List.of());
  }
}
