package io.vitrine.tenant.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the accrual rules need to know about a completed sale and its customer.
 *
 * @param total the sale's total
 * @param lines the sale's lines with their products' brands
 * @param occurredAt when the sale happened
 * @param previousSaleAt the customer's latest earlier sale, if any
 * @param frequentBrand the brand the customer bought in the most earlier sales, with how many
 */
public record SaleFacts(
    BigDecimal total,
    List<Line> lines,
    Instant occurredAt,
    Optional<Instant> previousSaleAt,
    Optional<BrandCount> frequentBrand) {

  public SaleFacts {
    lines = List.copyOf(lines);
  }

  /** One sale line: the product's brand (null when unknown) and the line total. */
  public record Line(String brand, BigDecimal total) {}

  /** A brand and the number of earlier sales that contained it. */
  public record BrandCount(String brand, long sales) {}
}
