package io.vitrine.tenant.pos;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A POS sale that was applied, that is created or changed by a newer version; a repeated or older
 * version applies nothing. What follows it in other features is not an event: the sale's own
 * transaction records its follow-ups ({@code sale_follow_ups}, see {@code pos.sale.SaleFollowUps}),
 * and replicas follow new sales for their co-purchase counts. It carries ids only, never customer
 * PII.
 *
 * @param saleId {@code sales.id}
 * @param storeId {@code stores.id}, null when the POS gave no location
 * @param customerId {@code customers.id} (a pseudonymous customer), null for an anonymous sale
 * @param provider the POS ({@code shopify}, {@code square}, ...)
 * @param posSaleId the sale's or order's id in the POS
 * @param posVersion the POS version that was applied
 * @param created true for a new sale, false for a newer version of a known one
 * @param lines the sale's lines, in POS order
 */
public record SaleCompleted(
    long saleId,
    Long storeId,
    Long customerId,
    String provider,
    String posSaleId,
    long posVersion,
    boolean created,
    BigDecimal total,
    String currency,
    Instant occurredAt,
    List<Line> lines) {

  public SaleCompleted {
    lines = List.copyOf(lines);
  }

  /** One line of the sale; {@code sku} is the POS's item reference when it has no SKU. */
  public record Line(
      int lineNumber, String sku, BigDecimal quantity, BigDecimal unitPrice, BigDecimal total) {}
}
