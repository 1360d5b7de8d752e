package io.vitrine.tenant.kpi;

import io.vitrine.api.kpi.KpiReport.MetricValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Average order value (AOV) of the sales a feature assisted against the other sales of the same
 * stores and time range: assisted-sales and unassisted-sales (sample: all sales), assisted-aov and
 * unassisted-aov (sample: that side's sales), assisted-order-value-lift = assisted-aov /
 * unassisted-aov - 1 (sample: the smaller side). A store sells in one currency; where the sales
 * counted together (a store, or all the stores asked for) hold several currencies, the AOVs and the
 * lift have no value rather than mixing currencies.
 *
 * @param assistedAov null without assisted sales
 * @param unassistedAov null without unassisted sales
 * @param currency the sales' currency, null when they hold none or several
 * @param currencies how many currencies the sales hold
 */
public record OrderValues(
    long assistedSales,
    BigDecimal assistedAov,
    long unassistedSales,
    BigDecimal unassistedAov,
    String currency,
    long currencies) {

  public static final OrderValues NONE = new OrderValues(0, null, 0, null, null, 0);

  static final String ASSISTED_SALES = "assisted-sales";
  static final String UNASSISTED_SALES = "unassisted-sales";
  static final String ASSISTED_AOV = "assisted-aov";
  static final String UNASSISTED_AOV = "unassisted-aov";
  static final String LIFT = "assisted-order-value-lift";

  public OrderValues {
    if (currencies > 1) {
      assistedAov = null;
      unassistedAov = null;
      currency = null;
    }
  }

  /** assisted AOV / unassisted AOV - 1; null when a side has no sales or currencies are mixed. */
  public Double lift() {
    if (assistedAov == null || unassistedAov == null || unassistedAov.signum() == 0) {
      return null;
    }
    return assistedAov.divide(unassistedAov, MathContext.DECIMAL64).doubleValue() - 1;
  }

  Map<String, MetricValue> metrics() {
    long sales = assistedSales + unassistedSales;
    var metrics = new LinkedHashMap<String, MetricValue>();
    metrics.put(ASSISTED_SALES, new MetricValue((double) assistedSales, sales));
    metrics.put(UNASSISTED_SALES, new MetricValue((double) unassistedSales, sales));
    metrics.put(ASSISTED_AOV, new MetricValue(value(assistedAov), assistedSales));
    metrics.put(UNASSISTED_AOV, new MetricValue(value(unassistedAov), unassistedSales));
    metrics.put(LIFT, new MetricValue(lift(), Math.min(assistedSales, unassistedSales)));
    return metrics;
  }

  private static Double value(BigDecimal amount) {
    return amount == null ? null : amount.doubleValue();
  }
}
