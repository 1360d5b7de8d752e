package io.vitrine.tenant.knowledge;

import static io.vitrine.tenant.common.problem.ProblemType.KNOWLEDGE_DOCUMENT_CHANGED;
import static io.vitrine.tenant.common.problem.ProblemType.KNOWLEDGE_DOCUMENT_NOT_FOUND;
import static io.vitrine.tenant.common.problem.ProblemType.KNOWLEDGE_DOCUMENT_UNREADABLE;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.common.embedding.TextEmbedder;
import io.vitrine.tenant.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Uploads, replaces and deletes knowledge documents. PostgreSQL is written first, in one
 * transaction with the audit row, then the index; a document whose passages could not be indexed
 * stays listed as not searchable, and its next replacement indexes all of its passages again.
 */
@ApplicationScoped
public class KnowledgeService {

  private final Database database;
  private final KnowledgeRepository repository;
  private final PassageIndex index;
  private final TextEmbedder embedder;
  private final PassageSplitter splitter = new PassageSplitter();
  private final int maxPassages;

  public KnowledgeService(
      Database database,
      KnowledgeRepository repository,
      PassageIndex index,
      TextEmbedder embedder,
      KnowledgeConfig config) {
    this.database = database;
    this.repository = repository;
    this.index = index;
    this.embedder = embedder;
    this.maxPassages = config.maxPassages();
  }

  public KnowledgeWrite create(DocumentUpload upload, String actor) {
    List<Passage> passages = passagesOf(upload);
    List<float[]> vectors = embed(upload.title(), passages);
    UUID id = UUID.randomUUID();
    database
        .inTransaction(
            sql ->
                repository
                    .insert(sql, id, upload.fields(), actor)
                    .call(() -> repository.insertPassages(sql, id, passages, vectors))
                    .call(
                        () ->
                            AuditRows.append(
                                sql, audit(actor, "knowledge.document.created", id, upload, 1))))
        .await()
        .indefinitely();
    index.write(id, stored(id, upload, passages, vectors), List.of());
    repository.markIndexed(database.client(), id, 1).await().indefinitely();
    return new KnowledgeWrite(find(id), passages.size(), 0, 0);
  }

  /** Embeds and indexes only the passages whose content changed; removes those that went. */
  public KnowledgeWrite replace(UUID id, DocumentUpload upload, String actor) {
    List<Passage> passages = passagesOf(upload);
    var before =
        database
            .inTransaction(
                sql ->
                    repository
                        .lock(sql, id)
                        .flatMap(
                            versions ->
                                repository
                                    .passageHashes(sql, id)
                                    .map(hashes -> new Before(versions.orElse(null), hashes))))
            .await()
            .indefinitely();
    if (before.versions() == null) {
      throw Problem.of(KNOWLEDGE_DOCUMENT_NOT_FOUND, id);
    }
    PassageChanges changes = PassageChanges.between(before.hashes(), passages);
    List<float[]> vectors = embed(upload.title(), changes.added());
    int version =
        database
            .inTransaction(
                sql ->
                    repository
                        .lock(sql, id)
                        .flatMap(locked -> unchangedSince(sql, id, locked, before.hashes()))
                        .flatMap(unchanged -> repository.replace(sql, id, upload.fields()))
                        .call(() -> repository.deletePassages(sql, id, changes.removed()))
                        .call(() -> repository.movePassages(sql, id, changes.kept()))
                        .call(() -> repository.insertPassages(sql, id, changes.added(), vectors))
                        .call(
                            v ->
                                AuditRows.append(
                                    sql,
                                    audit(actor, "knowledge.document.replaced", id, upload, v))))
            .await()
            .indefinitely();
    index.write(id, toIndex(id, upload, changes, vectors, before.versions()), changes.removed());
    repository.markIndexed(database.client(), id, version).await().indefinitely();
    return new KnowledgeWrite(
        find(id), changes.added().size(), changes.kept().size(), changes.removed().size());
  }

  public void delete(UUID id, String actor) {
    KnowledgeDocument document = find(id);
    List<String> hashes =
        repository.passages(database.client(), id).await().indefinitely().stream()
            .map(Passage::sha256)
            .toList();
    index.remove(id, hashes);
    database
        .inTransaction(
            sql ->
                repository
                    .delete(sql, id)
                    .call(
                        () ->
                            AuditRows.append(
                                sql,
                                AuditRow.of(
                                    actor,
                                    "knowledge.document.deleted",
                                    "knowledge-document",
                                    id.toString(),
                                    Map.of(
                                        "kind",
                                        document.kind().key(),
                                        "passages",
                                        hashes.size())))))
        .await()
        .indefinitely();
  }

  public List<KnowledgeDocument> list() {
    return repository.list(database.client()).await().indefinitely();
  }

  public KnowledgeDocument find(UUID id) {
    return repository
        .find(database.client(), id)
        .await()
        .indefinitely()
        .orElseThrow(() -> Problem.of(KNOWLEDGE_DOCUMENT_NOT_FOUND, id));
  }

  public List<Passage> passages(UUID id) {
    find(id);
    return repository.passages(database.client(), id).await().indefinitely();
  }

  /**
   * Fails when the document went or its passages changed since they were compared (another
   * replacement came first): the vectors computed are then not the ones needed.
   */
  private Uni<Void> unchangedSince(
      SqlClient sql, UUID id, Optional<KnowledgeRepository.Versions> locked, Set<String> hashes) {
    if (locked.isEmpty()) {
      return Uni.createFrom().failure(Problem.of(KNOWLEDGE_DOCUMENT_NOT_FOUND, id));
    }
    return repository
        .passageHashes(sql, id)
        .flatMap(
            now ->
                now.equals(hashes)
                    ? Uni.createFrom().voidItem()
                    : Uni.createFrom().failure(Problem.of(KNOWLEDGE_DOCUMENT_CHANGED, id)));
  }

  private record Before(KnowledgeRepository.Versions versions, Set<String> hashes) {}

  private List<Passage> passagesOf(DocumentUpload upload) {
    List<Passage> passages =
        splitter.split(
            upload.kind(),
            upload.title(),
            DocumentText.sections(upload.format(), upload.content()));
    if (passages.isEmpty()) {
      throw Problem.of(KNOWLEDGE_DOCUMENT_UNREADABLE, "it has no text");
    }
    if (passages.size() > maxPassages) {
      throw Problem.of(
          KNOWLEDGE_DOCUMENT_UNREADABLE,
          "it makes " + passages.size() + " passages, more than the " + maxPassages + " allowed");
    }
    return passages;
  }

  private List<float[]> embed(String title, List<Passage> passages) {
    return embedder.embedAll(passages.stream().map(p -> p.embeddingText(title)).toList());
  }

  /**
   * The passages to write to the index: the added ones, or every one when the index missed the
   * previous version (kept ones then with their stored vectors).
   */
  private List<StoredPassage> toIndex(
      UUID id,
      DocumentUpload upload,
      PassageChanges changes,
      List<float[]> vectors,
      KnowledgeRepository.Versions before) {
    var passages = new ArrayList<>(stored(id, upload, changes.added(), vectors));
    if (!before.indexCurrent()) {
      database
          .inTransaction(
              sql ->
                  repository.forEachStored(
                      sql,
                      id,
                      passage -> {
                        if (changes.kept().stream()
                            .anyMatch(kept -> kept.sha256().equals(passage.passage().sha256()))) {
                          passages.add(passage);
                        }
                      }))
          .await()
          .indefinitely();
    }
    return passages;
  }

  private static List<StoredPassage> stored(
      UUID id, DocumentUpload upload, List<Passage> passages, List<float[]> vectors) {
    var stored = new ArrayList<StoredPassage>();
    for (int i = 0; i < passages.size(); i++) {
      stored.add(
          new StoredPassage(id, upload.kind(), upload.title(), passages.get(i), vectors.get(i)));
    }
    return stored;
  }

  private static AuditRow audit(
      String actor, String action, UUID id, DocumentUpload upload, int version) {
    return AuditRow.of(
        actor,
        action,
        "knowledge-document",
        id.toString(),
        Map.of(
            "kind", upload.kind().key(),
            "mediaType", upload.format().mediaType(),
            "sha256", upload.sha256(),
            "version", version));
  }
}
