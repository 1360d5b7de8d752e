package io.vitrine.tenant.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A catalog import's progress and its row error report; {@code instance} runs it and last reported
 * at {@code heartbeatAt}.
 */
public record ImportJob(
    UUID id,
    ImportFormat format,
    Status status,
    int rowsTotal,
    int rowsRead,
    int imported,
    int failed,
    String failure,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    String instance,
    Instant heartbeatAt,
    List<RowError> errors) {

  /** Where a job is; COMPLETED jobs may still have failed rows, FAILED ones stopped early. */
  public enum Status {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED
  }

  /** Why one row (numbered from 1) was not imported, or was stored but not indexed. */
  public record RowError(int row, String field, String message) {}
}
