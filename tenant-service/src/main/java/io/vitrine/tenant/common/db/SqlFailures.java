package io.vitrine.tenant.common.db;

import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * What a failed statement of the Vert.x PostgreSQL client says: the SQLState PostgreSQL answered
 * with, or, when the statement got no answer, that the database could not be reached (the
 * connection could not be opened or was closed, or the pool gave none in time).
 */
public final class SqlFailures {

  public static final String UNIQUE_VIOLATION = "23505";

  private SqlFailures() {}

  /** The SQLState of the first PostgreSQL error in the causes of {@code failure}. */
  public static Optional<String> sqlState(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof PgException postgres) {
        return Optional.ofNullable(postgres.getSqlState());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether PostgreSQL refused the work or could not be reached: a database failure of any kind.
   */
  public static boolean isDatabaseFailure(Throwable failure) {
    return sqlState(failure).isPresent() || isConnectionLoss(failure);
  }

  /**
   * Whether the database could not be reached rather than refusing this statement: a connection
   * exception (SQLState class 08), insufficient resources (53) or operator intervention (57), or no
   * answer at all (no connection could be opened, or it was closed, or none came in time).
   */
  public static boolean isConnectionLoss(Throwable failure) {
    Optional<String> state = sqlState(failure);
    if (state.isPresent()) {
      return state.get().startsWith("08")
          || state.get().startsWith("53")
          || state.get().startsWith("57");
    }
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof SocketException
          || cause instanceof ClosedChannelException
          || cause instanceof VertxException
          || cause instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** For log lines and stored errors: the SQLState, or the kind of failure when there is none. */
  public static String describe(Throwable failure) {
    return sqlState(failure)
        .map(state -> "SQLState " + state)
        .orElseGet(() -> "no SQLState, " + failure.getClass().getSimpleName());
  }

  private static Throwable next(Throwable cause) {
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
