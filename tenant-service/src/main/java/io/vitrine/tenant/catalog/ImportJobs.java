package io.vitrine.tenant.catalog;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Catalog import jobs and their row errors in PostgreSQL. */
@ApplicationScoped
public class ImportJobs {

  private final AgroalDataSource database;

  public ImportJobs(AgroalDataSource database) {
    this.database = database;
  }

  public UUID create(ImportFormat format, int rowsTotal, String requestedBy) throws SQLException {
    UUID id = UUID.randomUUID();
    update(
        "INSERT INTO catalog_imports (id, format, rows_total, requested_by) VALUES (?, ?, ?, ?)",
        id,
        format.name(),
        rowsTotal,
        requestedBy);
    return id;
  }

  public void started(UUID id) throws SQLException {
    update("UPDATE catalog_imports SET status = 'RUNNING', started_at = now() WHERE id = ?", id);
  }

  /** Adds one batch's counts and its row errors, atomically. */
  public void progressed(UUID id, int read, int imported, List<ImportJob.RowError> errors)
      throws SQLException {
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement counts =
              connection.prepareStatement(
                  "UPDATE catalog_imports SET rows_read = rows_read + ?, imported = imported + ?,"
                      + " failed = failed + ? WHERE id = ?");
          PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO catalog_import_errors (import_id, row_number, field, message)"
                      + " VALUES (?, ?, ?, ?)")) {
        counts.setInt(1, read);
        counts.setInt(2, imported);
        counts.setInt(
            3, (int) errors.stream().mapToInt(ImportJob.RowError::row).distinct().count());
        counts.setObject(4, id);
        counts.executeUpdate();
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
    update("UPDATE catalog_imports SET status = 'COMPLETED', finished_at = now() WHERE id = ?", id);
  }

  public void failed(UUID id, String failure) throws SQLException {
    update(
        "UPDATE catalog_imports SET status = 'FAILED', failure = ?, finished_at = now()"
            + " WHERE id = ?",
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
