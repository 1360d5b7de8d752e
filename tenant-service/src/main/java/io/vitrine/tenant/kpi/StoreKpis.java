package io.vitrine.tenant.kpi;

import io.vitrine.tenant.kpi.KpiFigures.Figures;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One store's (or all the stores') KPIs of a feature as store managers and retailer admins read
 * them: event counts, the attach rate, and the order values of assisted and unassisted sales (see
 * {@link OrderValues}; AOVs rounded to two decimals, in {@code currency}).
 *
 * @param attachRate accepted/shown, null without shown suggestions
 * @param assistedOrderValueLift assisted AOV / unassisted AOV - 1, null when a side has no sales or
 *     the sales hold several currencies
 */
public record StoreKpis(
    long shown,
    long accepted,
    long rejected,
    Double attachRate,
    long alerts,
    long overrides,
    long assistedSales,
    BigDecimal assistedAov,
    long unassistedSales,
    BigDecimal unassistedAov,
    Double assistedOrderValueLift,
    String currency) {

  static StoreKpis of(Figures figures) {
    KpiCounts counts = figures.counts();
    OrderValues orders = figures.orders();
    return new StoreKpis(
        counts.shown(),
        counts.accepted(),
        counts.rejected(),
        counts.shown() == 0 ? null : (double) counts.accepted() / counts.shown(),
        counts.alerts(),
        counts.overridden(),
        orders.assistedSales(),
        cents(orders.assistedAov()),
        orders.unassistedSales(),
        cents(orders.unassistedAov()),
        orders.lift(),
        orders.currency());
  }

  private static BigDecimal cents(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN);
  }
}
