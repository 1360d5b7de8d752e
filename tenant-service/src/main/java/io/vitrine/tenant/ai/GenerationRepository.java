package io.vitrine.tenant.ai;

import static io.vitrine.tenant.common.db.SqlRows.first;
import static io.vitrine.tenant.common.db.SqlRows.instant;
import static io.vitrine.tenant.common.db.SqlRows.map;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code generations} table: appended once per generation, read by auditors. */
@ApplicationScoped
public class GenerationRepository {

  private static final String COLUMNS =
      "id, created_at, feature, source_type, source_id, generated_by, fallback_reason, refused,"
          + " model, model_version, prompt_template, prompt_template_version, prompt_sha256,"
          + " output_sha256, citations::text, latency_ms";

  public Uni<Void> insert(SqlClient sql, GenerationRecord record) {
    return sql.preparedQuery(
            "INSERT INTO generations (id, feature, source_type, source_id, generated_by,"
                + " fallback_reason, refused, model, model_version, prompt_template,"
                + " prompt_template_version, prompt_sha256, output_sha256, citations, latency_ms)"
                + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,"
                + " $14::text::jsonb, $15)")
        .execute(
            Tuple.from(
                new Object[] {
                  record.id(),
                  record.feature(),
                  record.sourceType(),
                  record.sourceId(),
                  record.generatedBy().key(),
                  record.fallbackReason() == null ? null : record.fallbackReason().key(),
                  record.refused(),
                  record.model(),
                  record.modelVersion(),
                  record.promptTemplate(),
                  record.promptTemplateVersion(),
                  record.promptSha256(),
                  record.outputSha256(),
                  new JsonArray(record.citations()).encode(),
                  record.latencyMs()
                }))
        .replaceWithVoid();
  }

  public Uni<Optional<GenerationRecord>> find(SqlClient sql, UUID id) {
    return sql.preparedQuery("SELECT " + COLUMNS + " FROM generations WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> first(rows).map(GenerationRepository::record));
  }

  /** A source's generations, oldest first. */
  public Uni<List<GenerationRecord>> forSource(SqlClient sql, String type, String id, int limit) {
    return sql.preparedQuery(
            "SELECT "
                + COLUMNS
                + " FROM generations WHERE source_type = $1 AND source_id = $2"
                + " ORDER BY created_at, id LIMIT $3")
        .execute(Tuple.of(type, id, limit))
        .map(rows -> map(rows, GenerationRepository::record));
  }

  private static GenerationRecord record(Row row) {
    return new GenerationRecord(
        row.getUUID(0),
        instant(row.getOffsetDateTime(1)),
        row.getString(2),
        row.getString(3),
        row.getString(4),
        GeneratedBy.valueOf(row.getString(5).toUpperCase(java.util.Locale.ROOT)),
        reason(row.getString(6)),
        row.getString(7),
        row.getString(8),
        row.getString(9),
        row.getString(10),
        row.getString(11),
        row.getString(12),
        row.getString(13),
        new JsonArray(row.getString(14)).stream().map(String::valueOf).toList(),
        row.getLong(15));
  }

  private static FallbackReason reason(String key) {
    if (key == null) {
      return null;
    }
    for (FallbackReason reason : FallbackReason.values()) {
      if (reason.key().equals(key)) {
        return reason;
      }
    }
    throw new IllegalStateException("generations.fallback_reason holds an unknown reason");
  }
}
