package io.vitrine.tenant.catalog;

import static io.vitrine.tenant.common.problem.ProblemType.CATALOG_UNAVAILABLE;

import io.quarkus.scheduler.Scheduled;
import io.vitrine.tenant.audit.AuditLog;
import io.vitrine.tenant.common.problem.FieldError;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.ingredients.InciNormalizer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Runs catalog imports and rebuilds one at a time on a background thread, so that a rebuild never
 * misses what an import writes. An import validates each row, upserts the valid ones by SKU into
 * PostgreSQL in batches, indexes them through the alias, and records every refused row with its
 * field and reason: good rows are kept whatever happens to the others.
 */
@ApplicationScoped
public class CatalogImportService {

  private static final Logger LOG = Logger.getLogger(CatalogImportService.class);

  private final ImportJobRepository jobs;
  private final ProductRepository products;
  private final CatalogIndex index;
  private final AuditLog audit;
  private final ProductValidator validator;
  private final ImportInstance instance;
  private final Set<UUID> unfinished = ConcurrentHashMap.newKeySet();
  private final int batchSize;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(task -> new Thread(task, "catalog-import"));

  public CatalogImportService(
      ImportJobRepository jobs,
      ProductRepository products,
      CatalogIndex index,
      AuditLog audit,
      InciNormalizer inci,
      ImportInstance instance,
      CatalogConfig config) {
    this.jobs = jobs;
    this.products = products;
    this.index = index;
    this.audit = audit;
    this.validator = new ProductValidator(inci);
    this.instance = instance;
    this.batchSize = config.batchSize();
  }

  /** Records the job and queues it; the rows are already read from the file. */
  public UUID start(ImportFormat format, List<RawRow> rows, String actor) throws SQLException {
    UUID id = jobs.create(format, rows.size(), actor, instance.id());
    unfinished.add(id);
    worker.submit(() -> run(id, rows, actor));
    return id;
  }

  /**
   * Beats the heartbeat of the jobs queued or running here, so that the sweep on any replica leaves
   * them alone; a batch's progress beats it too.
   */
  @Scheduled(
      identity = "catalog-import-heartbeat",
      every = "${vitrine.catalog.import-heartbeat-every:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void heartbeat() {
    try {
      jobs.heartbeat(Set.copyOf(unfinished), instance.id());
    } catch (SQLException e) {
      LOG.warnf("catalog import heartbeat failed (SQL state %s)", e.getSQLState());
    }
  }

  public Optional<ImportJob> find(UUID id) throws SQLException {
    return jobs.find(id);
  }

  /** Rebuilds the index from PostgreSQL and swaps the alias; waits for queued imports first. */
  public CatalogIndex.Rebuild rebuild(String actor) throws InterruptedException {
    try {
      CatalogIndex.Rebuild rebuild = worker.submit(this::rebuildNow).get();
      audit.appendAndWait(
          actor,
          "catalog.reindexed",
          "catalog-index",
          rebuild.index(),
          Map.of("previousIndex", rebuild.previousIndex(), "documents", rebuild.documents()));
      return rebuild;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw Problem.of(CATALOG_UNAVAILABLE)
          .because("the catalog rebuild failed")
          .causedBy(e.getCause());
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  private void run(UUID id, List<RawRow> rows, String actor) {
    try {
      jobs.started(id);
      var firstRowOfSku = new HashMap<String, Integer>();
      for (int from = 0; from < rows.size(); from += batchSize) {
        importBatch(id, rows.subList(from, Math.min(rows.size(), from + batchSize)), firstRowOfSku);
      }
      index.refresh();
      jobs.completed(id);
      ImportJob job = jobs.find(id).orElseThrow();
      audit.appendAndWait(
          actor,
          "catalog.imported",
          "catalog-import",
          id.toString(),
          Map.of("imported", job.imported(), "failed", job.failed()));
    } catch (ImportAbandonedException e) {
      LOG.warn(e.getMessage());
    } catch (Exception e) {
      LOG.errorf(e, "catalog import %s stopped", id);
      markFailed(id, e);
    } finally {
      unfinished.remove(id);
    }
  }

  private void importBatch(UUID id, List<RawRow> batch, Map<String, Integer> firstRowOfSku)
      throws SQLException, IOException {
    var errors = new ArrayList<ImportJob.RowError>();
    var valid = new ArrayList<Product>();
    var rowOfSku = new HashMap<String, Integer>();
    for (RawRow row : batch) {
      ProductValidator.Result result = validator.validate(row);
      if (!result.valid()) {
        result.errors().forEach(error -> errors.add(rowError(row.number(), error)));
        continue;
      }
      String sku = result.product().sku();
      Integer first = firstRowOfSku.putIfAbsent(sku, row.number());
      if (first != null) {
        errors.add(
            new ImportJob.RowError(
                row.number(), "sku", "repeats the SKU of row " + first + ", which was kept"));
        continue;
      }
      valid.add(result.product());
      rowOfSku.put(sku, row.number());
    }
    List<Product> stored = store(valid, rowOfSku, errors);
    index
        .index(stored)
        .forEach(
            (sku, reason) ->
                errors.add(
                    new ImportJob.RowError(
                        rowOfSku.get(sku),
                        "index",
                        "stored but not searchable (" + reason + "); a reindex retries it")));
    int indexed =
        stored.size() - (int) errors.stream().filter(e -> "index".equals(e.field())).count();
    jobs.progressed(id, batch.size(), indexed, errors);
  }

  /** Stores the batch in one transaction, or row by row to find the ones the database refuses. */
  private List<Product> store(
      List<Product> valid, Map<String, Integer> rowOfSku, List<ImportJob.RowError> errors)
      throws SQLException {
    if (valid.isEmpty()) {
      return valid;
    }
    try {
      products.upsertAll(valid);
      return valid;
    } catch (SQLException batchFailure) {
      var stored = new ArrayList<Product>();
      for (Product product : valid) {
        try {
          products.upsertAll(List.of(product));
          stored.add(product);
        } catch (SQLException e) {
          errors.add(
              new ImportJob.RowError(
                  rowOfSku.get(product.sku()),
                  "row",
                  "refused by the database (SQL state " + e.getSQLState() + ")"));
        }
      }
      return stored;
    }
  }

  private CatalogIndex.Rebuild rebuildNow() throws IOException, SQLException {
    return index.rebuild(
        writer -> {
          var batch = new ArrayList<Product>();
          int[] count = {0};
          try {
            products.forEach(
                product -> {
                  batch.add(product);
                  if (batch.size() == batchSize) {
                    count[0] += flush(writer, batch);
                  }
                });
            count[0] += flush(writer, batch);
            return count[0];
          } catch (SQLException e) {
            throw Problem.of(CATALOG_UNAVAILABLE)
                .because("reading the products failed")
                .causedBy(e);
          }
        });
  }

  private static int flush(CatalogIndex.BatchWriter writer, List<Product> batch) {
    try {
      Map<String, String> refused = writer.write(batch);
      if (!refused.isEmpty()) {
        throw Problem.of(CATALOG_UNAVAILABLE)
            .because(
                refused.size()
                    + " products were refused by the new index, e.g. "
                    + refused.keySet().iterator().next());
      }
      int written = batch.size();
      batch.clear();
      return written;
    } catch (IOException e) {
      throw Problem.of(CATALOG_UNAVAILABLE)
          .because("OpenSearch failed during the rebuild")
          .causedBy(e);
    }
  }

  private void markFailed(UUID id, Exception e) {
    try {
      jobs.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (SQLException recording) {
      LOG.errorf(recording, "catalog import %s: the failure could not be recorded", id);
    }
  }

  private static ImportJob.RowError rowError(int row, FieldError error) {
    return new ImportJob.RowError(row, error.field(), error.message());
  }
}
