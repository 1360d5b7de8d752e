package io.vitrine.tenant.knowledge;

import static io.vitrine.tenant.common.problem.ProblemType.CATALOG_UNAVAILABLE;

import io.vitrine.tenant.catalog.CatalogCompanion;
import io.vitrine.tenant.catalog.CatalogFields;
import io.vitrine.tenant.catalog.CatalogImportService;
import io.vitrine.tenant.catalog.CatalogIndex;
import io.vitrine.tenant.catalog.IndexedDocument;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The knowledge base's passages in the catalog index. Writes go through the catalog's writer thread
 * ({@link CatalogImportService#serially}), so that a rebuild, which refills the new index with
 * every stored passage, never misses one.
 */
@ApplicationScoped
public class PassageIndex implements CatalogCompanion {

  private static final int BATCH = 200;

  private final CatalogIndex index;
  private final CatalogImportService writer;
  private final Database database;
  private final KnowledgeRepository repository;

  public PassageIndex(
      CatalogIndex index,
      CatalogImportService writer,
      Database database,
      KnowledgeRepository repository) {
    this.index = index;
    this.writer = writer;
    this.database = database;
    this.repository = repository;
  }

  /** Indexes the passages, each with its vector (same order), and removes the listed hashes. */
  void write(UUID document, List<StoredPassage> passages, Collection<String> removedHashes) {
    try {
      writer.serially(
          () -> {
            boolean vectors = index.prepare();
            List<IndexedDocument> documents =
                passages.stream().map(passage -> document(passage, vectors)).toList();
            Map<String, String> refused = index.put(documents);
            if (!refused.isEmpty()) {
              throw new IOException("the index refused passages: " + refused.values());
            }
            index.delete(
                removedHashes.stream().map(hash -> Passage.indexId(document, hash)).toList());
            index.refresh();
            return null;
          });
    } catch (IOException e) {
      throw unavailable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(e);
    }
  }

  /** Removes the passages with these hashes from the index. */
  void remove(UUID document, Collection<String> hashes) {
    write(document, List.of(), hashes);
  }

  @Override
  public int refill(DocumentWriter target) throws IOException {
    boolean vectors = index.prepare();
    var batch = new ArrayList<IndexedDocument>();
    int[] written = {0};
    try {
      database
          .inTransaction(
              connection ->
                  repository.forEachStored(
                      connection,
                      null,
                      passage -> {
                        batch.add(document(passage, vectors));
                        if (batch.size() == BATCH) {
                          written[0] += flush(target, batch);
                        }
                      }))
          .await()
          .indefinitely();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return written[0] + flush(target, batch);
  }

  private static int flush(DocumentWriter target, List<IndexedDocument> batch) {
    try {
      Map<String, String> refused = target.write(batch);
      if (!refused.isEmpty()) {
        throw new IOException("the new index refused passages: " + refused.values());
      }
      int written = batch.size();
      batch.clear();
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IndexedDocument document(StoredPassage stored, boolean vectors) {
    Passage passage = stored.passage();
    var source = new LinkedHashMap<String, Object>();
    source.put(CatalogFields.DOC_TYPE, CatalogFields.PASSAGE);
    source.put(CatalogFields.DOCUMENT_ID, stored.documentId().toString());
    source.put(CatalogFields.DOCUMENT_KIND, stored.kind().key());
    source.put(CatalogFields.TITLE, Passage.title(stored.title(), passage.heading()));
    source.put(CatalogFields.CONTENT, passage.text());
    source.put(CatalogFields.CONTENT_HASH, passage.sha256());
    if (vectors) {
      source.put(CatalogFields.EMBEDDING, stored.embedding());
    }
    return new IndexedDocument(Passage.indexId(stored.documentId(), passage.sha256()), source);
  }

  private static Problem unavailable(Exception e) {
    return Problem.of(CATALOG_UNAVAILABLE)
        .because("the knowledge base is stored but its passages could not be indexed")
        .causedBy(e);
  }
}
