package io.vitrine.tenant.pos;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Published in process (CDI, asynchronously: observe it with {@code @ObservesAsync}) each time a
 * POS sale was applied, that is created or changed by a newer version, after its transaction
 * committed. A repeated or older version publishes nothing. The checkout features (co-purchase,
 * loyalty, post-purchase) subscribe to it; it carries ids only, never customer PII.
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
