package io.vitrine.tenant.common.db;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Small conversions of Vert.x SQL client results.
 *
 * <p>SQL on the Vert.x pool names tables unqualified: the pool connects as the tenant's role, whose
 * {@code search_path} the operator sets to the tenant's schema (and nothing else).
 */
public final class SqlRows {

  private SqlRows() {}

  public static Optional<Row> first(RowSet<Row> rows) {
    var iterator = rows.iterator();
    return iterator.hasNext() ? Optional.of(iterator.next()) : Optional.empty();
  }

  public static <T> List<T> map(RowSet<Row> rows, Function<Row, T> mapper) {
    var list = new ArrayList<T>(rows.rowCount());
    rows.forEach(row -> list.add(mapper.apply(row)));
    return list;
  }

  public static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
