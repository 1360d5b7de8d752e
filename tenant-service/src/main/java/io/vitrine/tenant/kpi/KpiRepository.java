package io.vitrine.tenant.kpi;

import static io.vitrine.tenant.common.db.SqlRows.map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.api.kpi.KpiReport;
import io.vitrine.api.kpi.KpiRequest;
import io.vitrine.tenant.kpi.KpiFigures.Figures;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a feature's KPIs over stores and a time range in one SQL query: event counts by kind and
 * the p95 latency from {@code feature_events}, and the order values of the sales the feature
 * assisted ({@code sale_attributions}) and of the others; one row per store plus the total row
 * (grouping sets).
 */
@ApplicationScoped
public class KpiRepository {

  // $1 feature, $2 from, $3 to (null: now), $4 POS location ids (null: every store).
  private static final String SQL =
      """
      WITH events AS (
        SELECT grouping(store_id) AS total, store_id,
               count(*) FILTER (WHERE kind = 'SHOWN') AS shown,
               count(*) FILTER (WHERE kind = 'ACCEPTED') AS accepted,
               count(*) FILTER (WHERE kind = 'REJECTED') AS rejected,
               count(*) FILTER (WHERE kind = 'OVERRIDDEN') AS overridden,
               count(*) FILTER (WHERE kind = 'ALERT') AS alerts,
               count(*) FILTER (WHERE kind = 'ERROR') AS errors,
               percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms)
                   FILTER (WHERE kind = 'SHOWN' AND latency_ms IS NOT NULL) AS p95,
               count(latency_ms) FILTER (WHERE kind = 'SHOWN') AS latencies
          FROM feature_events
         WHERE feature = $1 AND occurred_at >= $2
           AND ($3::timestamptz IS NULL OR occurred_at < $3)
           AND ($4::text[] IS NULL OR store_id = any($4))
         GROUP BY GROUPING SETS ((store_id), ())
      ), sold AS (
        SELECT st.pos_location_id AS store_id, s.total, s.currency,
               EXISTS (SELECT 1 FROM sale_attributions a
                        WHERE a.sale_id = s.id AND a.feature = $1) AS assisted
          FROM sales s JOIN stores st ON st.id = s.store_id
         WHERE s.occurred_at >= $2
           AND ($3::timestamptz IS NULL OR s.occurred_at < $3)
           AND ($4::text[] IS NULL OR st.pos_location_id = any($4))
      ), orders AS (
        SELECT grouping(store_id) AS total, store_id,
               count(*) FILTER (WHERE assisted) AS assisted_sales,
               avg(total) FILTER (WHERE assisted) AS assisted_aov,
               count(*) FILTER (WHERE NOT assisted) AS unassisted_sales,
               avg(total) FILTER (WHERE NOT assisted) AS unassisted_aov,
               min(currency) AS currency, count(DISTINCT currency) AS currencies
          FROM sold
         GROUP BY GROUPING SETS ((store_id), ())
      )
      SELECT coalesce(e.total, o.total), coalesce(e.store_id, o.store_id),
             e.shown, e.accepted, e.rejected, e.overridden, e.alerts, e.errors, e.p95,
             e.latencies, o.assisted_sales, o.assisted_aov, o.unassisted_sales,
             o.unassisted_aov, o.currency, o.currencies
        FROM events e FULL JOIN orders o
          ON e.total = o.total AND coalesce(e.store_id, '') = coalesce(o.store_id, '')
      """;

  private static final KpiCounts NO_EVENTS = new KpiCounts(0, 0, 0, 0, 0, 0, null, 0);

  private final Pool pool;

  public KpiRepository(Pool pool) {
    this.pool = pool;
  }

  /** The report StoreRollout gates read: since the phase started, up to now. */
  public Uni<KpiReport> report(KpiRequest request) {
    return figures(new KpiScope(request.feature(), request.since(), null, request.stores()))
        .map(figures -> report(request, figures));
  }

  Uni<KpiFigures> figures(KpiScope scope) {
    return pool.preparedQuery(SQL)
        .execute(
            Tuple.of(
                scope.feature(),
                scope.from(),
                scope.to(),
                scope.stores() == null ? null : scope.stores().toArray(String[]::new)))
        .map(rows -> figures(map(rows, row -> row)));
  }

  private static KpiFigures figures(List<Row> rows) {
    Figures total = new Figures(NO_EVENTS, OrderValues.NONE);
    Map<String, Figures> perStore = new LinkedHashMap<>();
    for (Row row : rows) {
      var figures = new Figures(counts(row), orders(row));
      if (row.getInteger(0) == 1) {
        total = figures;
      } else {
        perStore.put(row.getString(1), figures);
      }
    }
    return new KpiFigures(total, perStore);
  }

  private static KpiCounts counts(Row row) {
    return new KpiCounts(
        count(row, 2),
        count(row, 3),
        count(row, 4),
        count(row, 5),
        count(row, 6),
        count(row, 7),
        row.getDouble(8),
        count(row, 9));
  }

  private static OrderValues orders(Row row) {
    return new OrderValues(
        count(row, 10),
        row.getBigDecimal(11),
        count(row, 12),
        row.getBigDecimal(13),
        row.getString(14),
        count(row, 15));
  }

  private static long count(Row row, int column) {
    Long value = row.getLong(column);
    return value == null ? 0 : value;
  }

  private static KpiReport report(KpiRequest request, KpiFigures figures) {
    Map<String, Map<String, KpiReport.MetricValue>> perStore = new LinkedHashMap<>();
    figures.perStore().forEach((store, each) -> perStore.put(store, metrics(each)));
    return new KpiReport(request.feature(), request.since(), metrics(figures.total()), perStore);
  }

  private static Map<String, KpiReport.MetricValue> metrics(Figures figures) {
    var metrics = new LinkedHashMap<>(figures.counts().metrics());
    metrics.putAll(figures.orders().metrics());
    return metrics;
  }
}
