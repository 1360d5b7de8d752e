package io.vitrine.tenant.knowledge;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.common.db.Cursors;
import io.vitrine.tenant.common.db.SqlRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The knowledge documents and their passages in PostgreSQL. */
@ApplicationScoped
public class KnowledgeRepository {

  private static final String DOCUMENT_COLUMNS =
      "d.id, d.title, d.kind, d.media_type, d.source_url, d.version, d.indexed_version,"
          + " d.created_at, d.updated_at,"
          + " (select count(*) from knowledge_passages p where p.document_id = d.id) as passages";
  private static final String INSERT_PASSAGE =
      "INSERT INTO knowledge_passages (document_id, sha256, position, heading, text, embedding)"
          + " VALUES ($1, $2, $3, $4, $5, $6)";
  private static final int FETCH = 500;

  /** The document's fields that an upload sets. */
  record Upload(
      String title, DocumentKind kind, String mediaType, String sourceUrl, String sha256) {}

  Uni<Void> insert(SqlClient sql, UUID id, Upload upload, String actor) {
    return sql.preparedQuery(
            "INSERT INTO knowledge_documents (id, title, kind, media_type, source_url,"
                + " content_sha256, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .execute(
            Tuple.of(id, upload.title(), upload.kind().key(), upload.mediaType())
                .addString(upload.sourceUrl())
                .addString(upload.sha256())
                .addString(actor))
        .replaceWithVoid();
  }

  /** A document's version and the version the index has; equal when the index is current. */
  record Versions(int version, int indexedVersion) {

    boolean indexCurrent() {
      return version == indexedVersion;
    }
  }

  /** Locks the document for a replacement or deletion; empty when there is none. */
  Uni<Optional<Versions>> lock(SqlClient sql, UUID id) {
    return sql.preparedQuery(
            "SELECT version, indexed_version FROM knowledge_documents WHERE id = $1 FOR UPDATE")
        .execute(Tuple.of(id))
        .map(
            rows ->
                SqlRows.first(rows)
                    .map(
                        row ->
                            new Versions(
                                row.getInteger("version"), row.getInteger("indexed_version"))));
  }

  /** Applies a replacement's fields; answers the new version. */
  Uni<Integer> replace(SqlClient sql, UUID id, Upload upload) {
    return sql.preparedQuery(
            "UPDATE knowledge_documents SET title = $2, kind = $3, media_type = $4,"
                + " source_url = $5, content_sha256 = $6, version = version + 1,"
                + " updated_at = now() WHERE id = $1 RETURNING version")
        .execute(
            Tuple.of(id, upload.title(), upload.kind().key(), upload.mediaType())
                .addString(upload.sourceUrl())
                .addString(upload.sha256()))
        .map(rows -> rows.iterator().next().getInteger("version"));
  }

  Uni<Void> markIndexed(SqlClient sql, UUID id, int version) {
    return sql.preparedQuery(
            "UPDATE knowledge_documents SET indexed_version = $2 WHERE id = $1 AND version = $2")
        .execute(Tuple.of(id, version))
        .replaceWithVoid();
  }

  Uni<Boolean> delete(SqlClient sql, UUID id) {
    return sql.preparedQuery("DELETE FROM knowledge_documents WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.rowCount() > 0);
  }

  Uni<Optional<KnowledgeDocument>> find(SqlClient sql, UUID id) {
    return sql.preparedQuery(
            "SELECT " + DOCUMENT_COLUMNS + " FROM knowledge_documents d WHERE d.id = $1")
        .execute(Tuple.of(id))
        .map(rows -> SqlRows.first(rows).map(KnowledgeRepository::document));
  }

  Uni<List<KnowledgeDocument>> list(SqlClient sql) {
    return sql.preparedQuery(
            "SELECT "
                + DOCUMENT_COLUMNS
                + " FROM knowledge_documents d ORDER BY d.created_at, d.id")
        .execute()
        .map(rows -> SqlRows.map(rows, KnowledgeRepository::document));
  }

  Uni<Set<String>> passageHashes(SqlClient sql, UUID id) {
    return sql.preparedQuery("SELECT sha256 FROM knowledge_passages WHERE document_id = $1")
        .execute(Tuple.of(id))
        .map(
            rows ->
                SqlRows.map(rows, row -> row.getString("sha256")).stream()
                    .collect(Collectors.toSet()));
  }

  Uni<List<Passage>> passages(SqlClient sql, UUID id) {
    return sql.preparedQuery(
            "SELECT position, heading, text, sha256 FROM knowledge_passages"
                + " WHERE document_id = $1 ORDER BY position")
        .execute(Tuple.of(id))
        .map(rows -> SqlRows.map(rows, KnowledgeRepository::passage));
  }

  Uni<Void> insertPassages(
      SqlClient sql, UUID id, List<Passage> passages, List<float[]> embeddings) {
    if (passages.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    var rows = new ArrayList<Tuple>();
    for (int i = 0; i < passages.size(); i++) {
      Passage passage = passages.get(i);
      rows.add(
          Tuple.of(id, passage.sha256(), passage.position())
              .addString(passage.heading())
              .addString(passage.text())
              .addArrayOfFloat(boxed(embeddings.get(i))));
    }
    return sql.preparedQuery(INSERT_PASSAGE).executeBatch(rows).replaceWithVoid();
  }

  Uni<Void> movePassages(SqlClient sql, UUID id, List<Passage> kept) {
    if (kept.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    List<Tuple> rows =
        kept.stream().map(passage -> Tuple.of(id, passage.sha256(), passage.position())).toList();
    return sql.preparedQuery(
            "UPDATE knowledge_passages SET position = $3 WHERE document_id = $1 AND sha256 = $2")
        .executeBatch(rows)
        .replaceWithVoid();
  }

  Uni<Void> deletePassages(SqlClient sql, UUID id, List<String> hashes) {
    if (hashes.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return sql.preparedQuery(
            "DELETE FROM knowledge_passages WHERE document_id = $1 AND sha256 = any($2)")
        .execute(Tuple.of(id, hashes.toArray(String[]::new)))
        .replaceWithVoid();
  }

  /**
   * Every passage of {@code document} (or of every document when null), with its vector, a fetch at
   * a time; the consumer runs on a worker thread and may block.
   */
  Uni<Void> forEachStored(SqlConnection connection, UUID document, Consumer<StoredPassage> each) {
    String sql =
        "SELECT p.document_id, d.kind, d.title, p.position, p.heading, p.text, p.sha256,"
            + " p.embedding FROM knowledge_passages p JOIN knowledge_documents d"
            + " ON d.id = p.document_id WHERE $1::uuid IS NULL OR p.document_id = $1"
            + " ORDER BY p.document_id, p.position";
    return Cursors.forEachFetch(
        connection,
        sql,
        Tuple.of(document),
        FETCH,
        rows -> rows.forEach(row -> each.accept(stored(row))));
  }

  private static StoredPassage stored(Row row) {
    return new StoredPassage(
        row.getUUID("document_id"),
        DocumentKind.fromKey(row.getString("kind")).orElse(DocumentKind.OTHER),
        row.getString("title"),
        passage(row),
        unboxed(row.getArrayOfFloats("embedding")));
  }

  private static Passage passage(Row row) {
    return new Passage(
        row.getInteger("position"),
        row.getString("heading"),
        row.getString("text"),
        row.getString("sha256"));
  }

  private static KnowledgeDocument document(Row row) {
    int version = row.getInteger("version");
    return new KnowledgeDocument(
        row.getUUID("id"),
        row.getString("title"),
        DocumentKind.fromKey(row.getString("kind")).orElse(DocumentKind.OTHER),
        row.getString("media_type"),
        row.getString("source_url"),
        version,
        row.getInteger("indexed_version") == version,
        row.getLong("passages").intValue(),
        SqlRows.instant(row.getOffsetDateTime("created_at")),
        SqlRows.instant(row.getOffsetDateTime("updated_at")));
  }

  private static Float[] boxed(float[] vector) {
    var boxed = new Float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      boxed[i] = vector[i];
    }
    return boxed;
  }

  private static float[] unboxed(Float[] vector) {
    var values = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      values[i] = vector[i];
    }
    return values;
  }
}
