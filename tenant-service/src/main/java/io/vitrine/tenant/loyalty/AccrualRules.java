package io.vitrine.tenant.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant's accrual rules as a pure function of a sale: base points always; the brand bonus and
 * the lapsed-member milestone only when personalization is on for the sale's store.
 */
public final class AccrualRules {

  private final BigDecimal pointsPerCurrencyUnit;
  private final BigDecimal brandBonusMultiplier;
  private final int frequentBrandMinSales;
  private final Duration lapsedAfter;
  private final long lapsedMilestonePoints;

  public AccrualRules(
      BigDecimal pointsPerCurrencyUnit,
      BigDecimal brandBonusMultiplier,
      int frequentBrandMinSales,
      Duration lapsedAfter,
      long lapsedMilestonePoints) {
    if (pointsPerCurrencyUnit.signum() < 0 || brandBonusMultiplier.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException(
          "vitrine.loyalty: points per currency unit must be >= 0 and the brand bonus multiplier"
              + " >= 1");
    }
    this.pointsPerCurrencyUnit = pointsPerCurrencyUnit;
    this.brandBonusMultiplier = brandBonusMultiplier;
    this.frequentBrandMinSales = frequentBrandMinSales;
    this.lapsedAfter = lapsedAfter;
    this.lapsedMilestonePoints = lapsedMilestonePoints;
  }

  public static AccrualRules of(LoyaltyConfig config) {
    return new AccrualRules(
        config.pointsPerCurrencyUnit(),
        config.brandBonusMultiplier(),
        config.frequentBrandMinSales(),
        config.lapsedAfter(),
        config.lapsedMilestonePoints());
  }

  /** The accruals a sale earns; rules that grant nothing are left out. */
  public List<Accrual> accrue(SaleFacts sale, boolean personalized) {
    var accruals = new ArrayList<Accrual>();
    long base = points(sale.total().max(BigDecimal.ZERO));
    if (base > 0) {
      accruals.add(new Accrual(AccrualRule.BASE, base, Map.of("total", sale.total())));
    }
    if (personalized) {
      brandBonus(sale).ifPresent(accruals::add);
      lapsedMilestone(sale).ifPresent(accruals::add);
    }
    return accruals;
  }

  private Optional<Accrual> brandBonus(SaleFacts sale) {
    return sale.frequentBrand()
        .filter(frequent -> frequent.sales() >= frequentBrandMinSales)
        .flatMap(
            frequent -> {
              BigDecimal brandTotal =
                  sale.lines().stream()
                      .filter(line -> frequent.brand().equalsIgnoreCase(nonNull(line.brand())))
                      .map(SaleFacts.Line::total)
                      .reduce(BigDecimal.ZERO, BigDecimal::add)
                      .max(BigDecimal.ZERO);
              BigDecimal extra = brandBonusMultiplier.subtract(BigDecimal.ONE);
              long bonus = points(brandTotal.multiply(extra));
              return bonus > 0
                  ? Optional.of(
                      new Accrual(
                          AccrualRule.BRAND_BONUS,
                          bonus,
                          Map.of("brand", frequent.brand(), "brand_total", brandTotal)))
                  : Optional.empty();
            });
  }

  private Optional<Accrual> lapsedMilestone(SaleFacts sale) {
    return sale.previousSaleAt()
        .filter(previous -> previous.plus(lapsedAfter).isBefore(sale.occurredAt()))
        .filter(previous -> lapsedMilestonePoints > 0)
        .map(
            previous ->
                new Accrual(
                    AccrualRule.LAPSED_MILESTONE,
                    lapsedMilestonePoints,
                    Map.of("days_away", Duration.between(previous, sale.occurredAt()).toDays())));
  }

  private long points(BigDecimal amount) {
    return amount.multiply(pointsPerCurrencyUnit).setScale(0, RoundingMode.FLOOR).longValueExact();
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
