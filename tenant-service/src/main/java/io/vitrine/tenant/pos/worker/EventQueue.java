package io.vitrine.tenant.pos.worker;

import io.vitrine.tenant.pos.PosProvider;
import io.vitrine.tenant.pos.vendor.PolledOrder;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@code webhook_events} as a work queue. A worker leases due RECEIVED events ({@code FOR UPDATE
 * SKIP LOCKED}, so workers never take the same event) by pushing their {@code next_attempt_at} past
 * the lease; it then marks each PROCESSED, or schedules a retry, or marks it FAILED. A worker that
 * dies leaves its events to come due again when the lease ends.
 */
@ApplicationScoped
public class EventQueue {

  private static final String LEASE =
      "UPDATE webhook_events SET attempts = attempts + 1,"
          + " next_attempt_at = now() + make_interval(secs => ?)"
          + " WHERE id IN (SELECT id FROM webhook_events"
          + " WHERE status = 'RECEIVED' AND next_attempt_at <= now()"
          + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED)"
          + " RETURNING id, provider, dedup_key, topic, raw_body, attempts";

  private final DataSource dataSource;

  public EventQueue(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public List<StoredEvent> lease(int batchSize, Duration lease) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(LEASE)) {
      statement.setDouble(1, lease.toMillis() / 1000.0);
      statement.setInt(2, batchSize);
      var events = new ArrayList<StoredEvent>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          events.add(
              new StoredEvent(
                  rows.getLong(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getBytes(5),
                  rows.getInt(6)));
        }
      }
      return events;
    }
  }

  public void processed(long id) throws SQLException {
    update(
        "UPDATE webhook_events SET status = 'PROCESSED', processed_at = now(), last_error = NULL"
            + " WHERE id = ?",
        id);
  }

  public void retryLater(long id, Duration delay, String error) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "UPDATE webhook_events SET last_error = ?,"
                    + " next_attempt_at = now() + make_interval(secs => ?) WHERE id = ?")) {
      statement.setString(1, error);
      statement.setDouble(2, delay.toMillis() / 1000.0);
      statement.setLong(3, id);
      statement.executeUpdate();
    }
  }

  public void failed(long id, String error) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "UPDATE webhook_events SET status = 'FAILED', last_error = ? WHERE id = ?")) {
      statement.setString(1, error);
      statement.setLong(2, id);
      statement.executeUpdate();
    }
  }

  /** Seconds since the oldest event still waiting to be normalised arrived (0 when none). */
  public long oldestPendingAgeSeconds() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(received_at)), 0)"
                    + " FROM webhook_events WHERE status = 'RECEIVED'");
        ResultSet row = statement.executeQuery()) {
      return row.next() ? (long) row.getDouble(1) : 0;
    }
  }

  /**
   * Enqueues polled orders as events under their dedup keys, in one statement; what is already
   * recorded (by an earlier poll or a webhook with the same key) is left as it is.
   *
   * @param bodies the orders' bodies as bytes, in the same order
   * @return how many were new
   */
  public int enqueue(PosProvider provider, List<PolledOrder> orders, byte[][] bodies)
      throws SQLException {
    if (orders.isEmpty()) {
      return 0;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "INSERT INTO webhook_events (provider, dedup_key, topic, raw_body)"
                    + " SELECT ?, k, '"
                    + StoredEvent.RECONCILE
                    + "', b FROM unnest(?::text[], ?::bytea[]) AS t(k, b)"
                    + " ON CONFLICT (provider, dedup_key) DO NOTHING")) {
      statement.setString(1, provider.configName());
      statement.setArray(
          2,
          connection.createArrayOf(
              "text", orders.stream().map(PolledOrder::dedupKey).toArray(String[]::new)));
      statement.setArray(3, connection.createArrayOf("bytea", bodies));
      return statement.executeUpdate();
    }
  }

  private void update(String sql, long id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, id);
      statement.executeUpdate();
    }
  }
}
