package io.vitrine.tenant.loyalty;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * The tenant's loyalty accrual rules ({@code vitrine.loyalty.*}), with defaults a retailer can
 * start from.
 */
@ConfigMapping(prefix = "vitrine.loyalty")
public interface LoyaltyConfig {

  /** The program name in {@code loyalty_accounts.program}. */
  @WithDefault("vitrine")
  String program();

  /** Base points per unit of the sale's currency, rounded down per sale. */
  @WithDefault("1")
  BigDecimal pointsPerCurrencyUnit();

  /**
   * Tiers in ascending order as {@code name=threshold}, the threshold being lifetime points; the
   * first must start at 0.
   */
  @WithDefault("member=0,silver=500,gold=1500,platinum=5000")
  List<String> tiers();

  /**
   * Multiplier of the base points on lines of the customer's frequently bought brand; 2 doubles
   * them. Personalization: applies only where {@code loyalty-personalization} is on.
   */
  @WithDefault("2")
  BigDecimal brandBonusMultiplier();

  /** Earlier sales with a brand before it counts as the customer's frequently bought brand. */
  @WithDefault("3")
  int frequentBrandMinSales();

  /** A member whose previous purchase is older than this is lapsed when they buy again. */
  @WithDefault("P90D")
  Duration lapsedAfter();

  /** Points granted to a lapsed member on the purchase that brings them back. */
  @WithDefault("200")
  long lapsedMilestonePoints();
}
