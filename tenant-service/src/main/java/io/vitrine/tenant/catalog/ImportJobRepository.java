package io.vitrine.tenant.catalog;

import static io.vitrine.tenant.common.db.SqlRows.first;
import static io.vitrine.tenant.common.db.SqlRows.instant;
import static io.vitrine.tenant.common.db.SqlRows.map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.common.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Catalog import jobs and their row errors in PostgreSQL; each method is one transaction. */
@ApplicationScoped
public class ImportJobRepository {

  private final Database database;

  public ImportJobRepository(Database database) {
    this.database = database;
  }

  /** Records a job queued on {@code instance}, which heartbeats for it from now on. */
  public Uni<UUID> create(ImportFormat format, int rowsTotal, String requestedBy, String instance) {
    UUID id = UUID.randomUUID();
    return update(
            "INSERT INTO catalog_imports (id, format, rows_total, requested_by, instance_id,"
                + " heartbeat_at) VALUES ($1, $2, $3, $4, $5, now())",
            Tuple.of(id, format.name(), rowsTotal, requestedBy).addValue(instance))
        .replaceWith(id);
  }

  public Uni<Void> started(UUID id) {
    return update(
        "UPDATE catalog_imports SET status = 'RUNNING', started_at = now(), heartbeat_at = now()"
            + " WHERE id = $1 AND status = 'QUEUED'",
        Tuple.of(id));
  }

  /** Tells the sweep that {@code instance} still runs these jobs; finished jobs are left alone. */
  public Uni<Void> heartbeat(Collection<UUID> ids, String instance) {
    if (ids.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return update(
        "UPDATE catalog_imports SET heartbeat_at = now() WHERE id = ANY ($1)"
            + " AND instance_id = $2 AND status IN ('QUEUED', 'RUNNING')",
        Tuple.of(ids.toArray(UUID[]::new), instance));
  }

  /**
   * Fails every unfinished job whose heartbeat is older than {@code staleAfter}, in one conditional
   * statement: replicas sweeping at the same time fail each job once, and a heartbeat that lands
   * first keeps its job. {@code failure} is a {@link String#format} pattern given the job's
   * instance.
   *
   * @return the jobs this call failed
   */
  public Uni<List<UUID>> failStale(Duration staleAfter, String failure) {
    return database
        .client()
        .preparedQuery(
            "UPDATE catalog_imports SET status = 'FAILED', finished_at = now(),"
                + " failure = format($1, coalesce(instance_id, 'unknown'))"
                + " WHERE status IN ('QUEUED', 'RUNNING')"
                + " AND heartbeat_at < now() - make_interval(secs => $2) RETURNING id")
        .execute(Tuple.of(failure, staleAfter.toMillis() / 1000.0))
        .map(rows -> map(rows, row -> row.getUUID(0)));
  }

  /**
   * Adds one batch's counts and its row errors, atomically, and beats the job's heartbeat.
   *
   * @return fails with {@link ImportAbandonedException} when the job is no longer running (the
   *     sweep failed it)
   */
  public Uni<Void> progressed(UUID id, int read, int imported, List<ImportJob.RowError> errors) {
    int failedRows = (int) errors.stream().mapToInt(ImportJob.RowError::row).distinct().count();
    return database.inTransaction(
        connection ->
            connection
                .preparedQuery(
                    "UPDATE catalog_imports SET rows_read = rows_read + $1,"
                        + " imported = imported + $2, failed = failed + $3, heartbeat_at = now()"
                        + " WHERE id = $4 AND status = 'RUNNING'")
                .execute(Tuple.of(read, imported, failedRows, id))
                .flatMap(
                    counted ->
                        counted.rowCount() == 0
                            ? Uni.createFrom().failure(new ImportAbandonedException(id))
                            : insertErrors(connection, id, errors)));
  }

  private static Uni<Void> insertErrors(
      SqlConnection connection, UUID id, List<ImportJob.RowError> errors) {
    if (errors.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return connection
        .preparedQuery(
            "INSERT INTO catalog_import_errors (import_id, row_number, field, message)"
                + " VALUES ($1, $2, $3, $4)")
        .executeBatch(
            errors.stream()
                .map(error -> Tuple.of(id, error.row(), error.field(), error.message()))
                .toList())
        .replaceWithVoid();
  }

  public Uni<Void> completed(UUID id) {
    return update(
        "UPDATE catalog_imports SET status = 'COMPLETED', finished_at = now()"
            + " WHERE id = $1 AND status = 'RUNNING'",
        Tuple.of(id));
  }

  public Uni<Void> failed(UUID id, String failure) {
    return update(
        "UPDATE catalog_imports SET status = 'FAILED', failure = $1, finished_at = now()"
            + " WHERE id = $2 AND status IN ('QUEUED', 'RUNNING')",
        Tuple.of(failure, id));
  }

  /** The job and its row errors. */
  public Uni<Optional<ImportJob>> find(UUID id) {
    return database.inTransaction(
        connection ->
            connection
                .preparedQuery("SELECT * FROM catalog_imports WHERE id = $1")
                .execute(Tuple.of(id))
                .flatMap(
                    rows -> {
                      Optional<Row> row = first(rows);
                      if (row.isEmpty()) {
                        return Uni.createFrom().item(Optional.<ImportJob>empty());
                      }
                      return errors(connection, id)
                          .map(errors -> Optional.of(job(row.get(), errors)));
                    }));
  }

  private static Uni<List<ImportJob.RowError>> errors(SqlConnection connection, UUID id) {
    return connection
        .preparedQuery(
            "SELECT row_number, field, message FROM catalog_import_errors"
                + " WHERE import_id = $1 ORDER BY row_number, id")
        .execute(Tuple.of(id))
        .map(
            rows ->
                map(
                    rows,
                    row ->
                        new ImportJob.RowError(
                            row.getInteger("row_number"),
                            row.getString("field"),
                            row.getString("message"))));
  }

  private static ImportJob job(Row row, List<ImportJob.RowError> errors) {
    return new ImportJob(
        row.getUUID("id"),
        ImportFormat.valueOf(row.getString("format")),
        ImportJob.Status.valueOf(row.getString("status")),
        row.getInteger("rows_total"),
        row.getInteger("rows_read"),
        row.getInteger("imported"),
        row.getInteger("failed"),
        row.getString("failure"),
        instant(row.getOffsetDateTime("created_at")),
        instant(row.getOffsetDateTime("started_at")),
        instant(row.getOffsetDateTime("finished_at")),
        row.getString("instance_id"),
        instant(row.getOffsetDateTime("heartbeat_at")),
        errors);
  }

  private Uni<Void> update(String sql, Tuple arguments) {
    return database.client().preparedQuery(sql).execute(arguments).replaceWithVoid();
  }
}
