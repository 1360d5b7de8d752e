package io.vitrine.tenant.common.db;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Cursor;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.function.Consumer;

/**
 * Reads a large result through a server-side cursor, a fetch at a time, so that the whole table is
 * never in memory. Each fetch is handed to the consumer on a worker thread: consumers may block or
 * spend CPU without stalling the event loop. PostgreSQL keeps a cursor only in a transaction: give
 * a connection of {@code Pool.withTransaction}.
 */
public final class Cursors {

  private Cursors() {}

  public static Uni<Void> forEachFetch(
      SqlConnection connection,
      String sql,
      Tuple arguments,
      int fetch,
      Consumer<RowSet<Row>> rows) {
    return connection
        .prepare(sql)
        .flatMap(
            statement -> {
              Cursor cursor = statement.cursor(arguments);
              return readAll(cursor, fetch, rows)
                  .eventually(() -> cursor.close())
                  .eventually(() -> statement.close());
            });
  }

  private static Uni<Void> readAll(Cursor cursor, int fetch, Consumer<RowSet<Row>> consumer) {
    return cursor
        .read(fetch)
        .emitOn(Infrastructure.getDefaultWorkerPool())
        .invoke(consumer)
        .flatMap(
            read ->
                cursor.hasMore() ? readAll(cursor, fetch, consumer) : Uni.createFrom().voidItem());
  }
}
