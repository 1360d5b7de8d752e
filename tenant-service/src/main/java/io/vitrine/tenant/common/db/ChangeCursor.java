package io.vitrine.tenant.common.db;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A replica's place in a table it follows by the transaction that wrote each row: a {@code xid8}
 * column that defaults to {@code pg_current_xact_id()}. Ids are drawn before commit, so a row with
 * a smaller id may become visible after one with a larger id; the rows that may still come are
 * those of transactions still running. Each read therefore starts at the oldest transaction that
 * was running before the previous read ({@link #oldestRunning}): it never misses a row and may see
 * one again, which the caller recognises.
 */
public final class ChangeCursor {

  private static final long NOT_STARTED = -1;

  private final AtomicLong from = new AtomicLong(NOT_STARTED);

  /**
   * The oldest transaction still running (every older one has committed or rolled back), taken
   * before a read: where the read after it starts.
   */
  public static Uni<Long> oldestRunning(SqlClient sql) {
    return sql.query("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
        .execute()
        .map(rows -> rows.iterator().next().getLong(0));
  }

  /** Whether a starting point is known: a full read of the table sets the first. */
  public boolean started() {
    return from.get() != NOT_STARTED;
  }

  /** The lowest transaction id the next read takes, as a {@code $n::text::xid8} parameter. */
  public String from() {
    return Long.toString(from.get());
  }

  /** Moves the next read's start forward to {@code oldestRunning}; never backwards. */
  public void advanceTo(long oldestRunning) {
    from.accumulateAndGet(oldestRunning, Math::max);
  }

  /** Whether a row of transaction {@code xid} is behind the cursor: held by an earlier read. */
  public boolean behind(long xid) {
    return xid < from.get();
  }
}
