package io.vitrine.tenant.audit;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Reads and appends audit entries; nothing here updates or deletes. */
@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {

  /** Entries matching {@code query}, newest first. */
  public Uni<List<AuditEntry>> find(AuditQuery query) {
    var conditions = new ArrayList<String>();
    var parameters = new Parameters();
    if (query.from() != null) {
      conditions.add("occurredAt >= :from");
      parameters.and("from", query.from());
    }
    if (query.to() != null) {
      conditions.add("occurredAt < :to");
      parameters.and("to", query.to());
    }
    if (query.action() != null) {
      conditions.add("action = :action");
      parameters.and("action", query.action());
    }
    if (query.targetType() != null) {
      conditions.add("targetType = :targetType");
      parameters.and("targetType", query.targetType());
    }
    if (query.targetId() != null) {
      conditions.add("targetId = :targetId");
      parameters.and("targetId", query.targetId());
    }
    String where = String.join(" and ", conditions);
    Sort newestFirst = Sort.descending("occurredAt", "id");
    var found =
        conditions.isEmpty() ? findAll(newestFirst) : find(where, newestFirst, parameters.map());
    return found.page(Page.of(query.page(), query.size())).list();
  }
}
