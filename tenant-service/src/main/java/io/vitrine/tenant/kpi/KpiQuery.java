package io.vitrine.tenant.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Reads a feature's KPIs over a phase's stores from {@code feature_events} in one SQL query: one
 * row per store plus the total row (grouping sets), counts by kind and the p95 latency.
 */
@ApplicationScoped
public class KpiQuery {

  // Parameters go through text: the PostgreSQL client would otherwise send typed values Hibernate
  // cannot bind in a native query (a JSON array of ids, a timestamp with its offset).
  private static final String SQL =
      """
      select grouping(store_id) as total, store_id,
             count(*) filter (where kind = 'SHOWN'),
             count(*) filter (where kind = 'ACCEPTED'),
             count(*) filter (where kind = 'REJECTED'),
             count(*) filter (where kind = 'OVERRIDDEN'),
             count(*) filter (where kind = 'ALERT'),
             count(*) filter (where kind = 'ERROR'),
             percentile_cont(0.95) within group (order by latency_ms)
                 filter (where kind = 'SHOWN' and latency_ms is not null),
             count(latency_ms) filter (where kind = 'SHOWN')
        from feature_events
       where feature = :feature
         and occurred_at >= cast(cast(:since as text) as timestamptz)
         and store_id in (select jsonb_array_elements_text(cast(cast(:stores as text) as jsonb)))
       group by grouping sets ((store_id), ())
      """;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Mutiny.SessionFactory sessions;

  public KpiQuery(Mutiny.SessionFactory sessions) {
    this.sessions = sessions;
  }

  public Uni<KpiReport> report(KpiRequest request) {
    return sessions
        .withSession(
            session ->
                session
                    .createNativeQuery(SQL, Object[].class)
                    .setParameter("feature", request.feature())
                    .setParameter("since", request.since().toString())
                    .setParameter("stores", json(request.stores()))
                    .getResultList())
        .map(rows -> report(request, rows));
  }

  private static KpiReport report(KpiRequest request, List<Object[]> rows) {
    KpiCounts total = new KpiCounts(0, 0, 0, 0, 0, 0, null, 0);
    Map<String, Map<String, KpiReport.MetricValue>> perStore = new LinkedHashMap<>();
    for (Object[] row : rows) {
      KpiCounts counts =
          new KpiCounts(
              count(row[2]),
              count(row[3]),
              count(row[4]),
              count(row[5]),
              count(row[6]),
              count(row[7]),
              row[8] == null ? null : ((Number) row[8]).doubleValue(),
              count(row[9]));
      if (((Number) row[0]).intValue() == 1) {
        total = counts;
      } else {
        perStore.put((String) row[1], counts.metrics());
      }
    }
    return new KpiReport(request.feature(), request.since(), total.metrics(), perStore);
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static String json(List<String> stores) {
    try {
      return JSON.writeValueAsString(stores);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
