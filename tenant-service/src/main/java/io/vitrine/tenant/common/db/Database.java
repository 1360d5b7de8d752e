package io.vitrine.tenant.common.db;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;

/**
 * The service's one way to the database: the reactive pool. A service owns the transaction and
 * hands its connection to the repositories it calls, so that everything it writes, its audit rows
 * included, commits or rolls back together. Code on a worker thread awaits the same {@link Uni}s.
 */
@ApplicationScoped
public class Database {

  private final Pool pool;

  public Database(Pool pool) {
    this.pool = pool;
  }

  /** Runs {@code work} in a transaction: committed when its Uni succeeds, rolled back otherwise. */
  public <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
    return pool.withTransaction(work);
  }

  /**
   * Runs {@code work} in a REPEATABLE READ transaction: every statement of it reads the same
   * snapshot, taken at its first query.
   */
  public <T> Uni<T> inRepeatableRead(Function<SqlConnection, Uni<T>> work) {
    return pool.withTransaction(
        connection ->
            connection
                .query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                .execute()
                .flatMap(set -> work.apply(connection)));
  }

  /** For a single statement, which PostgreSQL runs in its own transaction. */
  public SqlClient client() {
    return pool;
  }
}
