package io.vitrine.tenant.audit;

import static io.vitrine.tenant.common.db.SqlRows.instant;
import static io.vitrine.tenant.common.db.SqlRows.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.common.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads audit entries; appending is {@link AuditRows}, and nothing updates or deletes. */
@ApplicationScoped
public class AuditRepository {

  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

  private final ObjectMapper json = new ObjectMapper();
  private final Database database;

  public AuditRepository(Database database) {
    this.database = database;
  }

  /** Entries matching {@code query}, newest first. */
  public Uni<List<AuditEntry>> find(AuditQuery query) {
    var conditions = new ArrayList<String>();
    var arguments = Tuple.tuple();
    condition(conditions, arguments, "occurred_at >= $%d", utc(query.from()));
    condition(conditions, arguments, "occurred_at < $%d", utc(query.to()));
    condition(conditions, arguments, "action = $%d", query.action());
    condition(conditions, arguments, "target_type = $%d", query.targetType());
    condition(conditions, arguments, "target_id = $%d", query.targetId());
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    int limit = arguments.size() + 1;
    arguments.addInteger(query.size()).addLong((long) query.page() * query.size());
    return database
        .client()
        .preparedQuery(
            "select id, occurred_at, actor, action, target_type, target_id, details::text"
                + " from audit_log"
                + where
                + " order by occurred_at desc, id desc limit $%d offset $%d"
                    .formatted(limit, limit + 1))
        .execute(arguments)
        .map(rows -> map(rows, this::entry));
  }

  private static void condition(
      List<String> conditions, Tuple arguments, String condition, Object value) {
    if (value != null) {
      arguments.addValue(value);
      conditions.add(condition.formatted(arguments.size()));
    }
  }

  private static Object utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private AuditEntry entry(Row row) {
    return new AuditEntry(
        row.getLong("id"),
        instant(row.getOffsetDateTime("occurred_at")),
        row.getString("actor"),
        row.getString("action"),
        row.getString("target_type"),
        row.getString("target_id"),
        details(row.getString("details")));
  }

  private Map<String, Object> details(String text) {
    try {
      return json.readValue(text, DETAILS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit_log.details holds JSON objects only", e);
    }
  }
}
