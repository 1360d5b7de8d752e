package io.vitrine.tenant.catalog;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Catalog import jobs and their row errors in PostgreSQL. */
@ApplicationScoped
public class ImportJobRepository {

  private final AgroalDataSource database;

  public ImportJobRepository(AgroalDataSource database) {
    this.database = database;
  }

  /** Records a job queued on {@code instance}, which heartbeats for it from now on. */
  public UUID create(ImportFormat format, int rowsTotal, String requestedBy, String instance)
      throws SQLException {
    UUID id = UUID.randomUUID();
    update(
        "INSERT INTO catalog_imports (id, format, rows_total, requested_by, instance_id,"
            + " heartbeat_at) VALUES (?, ?, ?, ?, ?, now())",
        id,
        format.name(),
        rowsTotal,
        requestedBy,
        instance);
    return id;
  }

  public void started(UUID id) throws SQLException {
    update(
        "UPDATE catalog_imports SET status = 'RUNNING', started_at = now(), heartbeat_at = now()"
            + " WHERE id = ? AND status = 'QUEUED'",
        id);
  }

  /** Tells the sweep that {@code instance} still runs these jobs; finished jobs are left alone. */
  public void heartbeat(Collection<UUID> ids, String instance) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (Connection connection = database.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "UPDATE catalog_imports SET heartbeat_at = now() WHERE id = ANY (?)"
                    + " AND instance_id = ? AND status IN ('QUEUED', 'RUNNING')")) {
      statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
      statement.setString(2, instance);
      statement.executeUpdate();
    }
  }

  /**
   * Fails every unfinished job whose heartbeat is older than {@code staleAfter}, in one conditional
   * statement: replicas sweeping at the same time fail each job once, and a heartbeat that lands
   * first keeps its job. {@code failure} is a {@link String#format} pattern given the job's
   * instance.
   *
   * @return the jobs this call failed
   */
  public List<UUID> failStale(Duration staleAfter, String failure) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "UPDATE catalog_imports SET status = 'FAILED', finished_at = now(),"
                    + " failure = format(?, coalesce(instance_id, 'unknown'))"
                    + " WHERE status IN ('QUEUED', 'RUNNING')"
                    + " AND heartbeat_at < now() - make_interval(secs => ?) RETURNING id")) {
      statement.setString(1, failure);
      statement.setDouble(2, staleAfter.toMillis() / 1000.0);
      var failed = new ArrayList<UUID>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          failed.add(rows.getObject(1, UUID.class));
        }
      }
      return failed;
    }
  }

  /**
   * Adds one batch's counts and its row errors, atomically, and beats the job's heartbeat.
   *
   * @throws ImportAbandonedException when the job is no longer running (the sweep failed it)
   */
  public void progressed(UUID id, int read, int imported, List<ImportJob.RowError> errors)
      throws SQLException {
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement counts =
              connection.prepareStatement(
                  "UPDATE catalog_imports SET rows_read = rows_read + ?, imported = imported + ?,"
                      + " failed = failed + ?, heartbeat_at = now()"
                      + " WHERE id = ? AND status = 'RUNNING'");
          PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO catalog_import_errors (import_id, row_number, field, message)"
                      + " VALUES (?, ?, ?, ?)")) {
        counts.setInt(1, read);
        counts.setInt(2, imported);
        counts.setInt(
            3, (int) errors.stream().mapToInt(ImportJob.RowError::row).distinct().count());
        counts.setObject(4, id);
        if (counts.executeUpdate() == 0) {
          connection.rollback();
          throw new ImportAbandonedException(id);
        }
        for (ImportJob.RowError error : errors) {
          insert.setObject(1, id);
          insert.setInt(2, error.row());
          insert.setString(3, error.field());
          insert.setString(4, error.message());
          insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  public void completed(UUID id) throws SQLException {
    update(
        "UPDATE catalog_imports SET status = 'COMPLETED', finished_at = now()"
            + " WHERE id = ? AND status = 'RUNNING'",
        id);
  }

  public void failed(UUID id, String failure) throws SQLException {
    update(
        "UPDATE catalog_imports SET status = 'FAILED', failure = ?, finished_at = now()"
            + " WHERE id = ? AND status IN ('QUEUED', 'RUNNING')",
        failure,
        id);
  }

  public Optional<ImportJob> find(UUID id) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT * FROM catalog_imports WHERE id = ?")) {
      select.setObject(1, id);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(job(row, errors(connection, id)));
      }
    }
  }

  private static List<ImportJob.RowError> errors(Connection connection, UUID id)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT row_number, field, message FROM catalog_import_errors"
                + " WHERE import_id = ? ORDER BY row_number, id")) {
      select.setObject(1, id);
      var errors = new ArrayList<ImportJob.RowError>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          errors.add(
              new ImportJob.RowError(
                  rows.getInt("row_number"), rows.getString("field"), rows.getString("message")));
        }
      }
      return errors;
    }
  }

  private static ImportJob job(ResultSet row, List<ImportJob.RowError> errors) throws SQLException {
    return new ImportJob(
        row.getObject("id", UUID.class),
        ImportFormat.valueOf(row.getString("format")),
        ImportJob.Status.valueOf(row.getString("status")),
        row.getInt("rows_total"),
        row.getInt("rows_read"),
        row.getInt("imported"),
        row.getInt("failed"),
        row.getString("failure"),
        instant(row.getTimestamp("created_at")),
        instant(row.getTimestamp("started_at")),
        instant(row.getTimestamp("finished_at")),
        row.getString("instance_id"),
        instant(row.getTimestamp("heartbeat_at")),
        errors);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private void update(String sql, Object... parameters) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }
}
