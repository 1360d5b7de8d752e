package io.vitrine.tenant.catalog;

import static io.vitrine.tenant.common.problem.ProblemType.CATALOG_UNAVAILABLE;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.common.db.SqlFailures;
import io.vitrine.tenant.common.problem.FieldError;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.ingredients.InciNormalizer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Runs catalog imports and rebuilds one at a time on a background thread, so that a rebuild never
 * misses what an import writes. An import validates each row, upserts the valid ones by SKU into
 * PostgreSQL in batches, indexes them through the alias, and records every refused row with its
 * field and reason: good rows are kept whatever happens to the others. The background thread awaits
 * each database statement, as it waits for OpenSearch.
 */
@ApplicationScoped
public class CatalogImportService {

  private static final Logger LOG = Logger.getLogger(CatalogImportService.class);

  private final ImportJobRepository jobs;
  private final ProductRepository products;
  private final CatalogIndex index;
  private final Event<CatalogChanged> catalogChanged;
  private final Database database;
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
      Database database,
      InciNormalizer inci,
      ImportInstance instance,
      CatalogConfig config,
      Event<CatalogChanged> catalogChanged) {
    this.jobs = jobs;
    this.products = products;
    this.index = index;
    this.database = database;
    this.validator = new ProductValidator(inci);
    this.instance = instance;
    this.batchSize = config.batchSize();
    this.catalogChanged = catalogChanged;
  }

  /** Records the job and queues it; the rows are already read from the file. */
  public UUID start(ImportFormat format, List<RawRow> rows, String actor) {
    UUID id = jobs.create(format, rows.size(), actor, instance.id()).await().indefinitely();
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
  Uni<Void> heartbeat() {
    return jobs.heartbeat(Set.copyOf(unfinished), instance.id())
        .onFailure(SqlFailures::isDatabaseFailure)
        .recoverWithUni(
            e -> {
              LOG.warnf("catalog import heartbeat failed (%s)", SqlFailures.describe(e));
              return Uni.createFrom().voidItem();
            });
  }

  public Optional<ImportJob> find(UUID id) {
    return jobs.find(id).await().indefinitely();
  }

  /** Rebuilds the index from PostgreSQL and swaps the alias; waits for queued imports first. */
  public CatalogIndex.Rebuild rebuild(String actor) throws InterruptedException {
    try {
      CatalogIndex.Rebuild rebuild = worker.submit(this::rebuildNow).get();
      AuditRows.appendAndWait(
          database.client(),
          AuditRow.of(
              actor,
              "catalog.reindexed",
              "catalog-index",
              rebuild.index(),
              Map.of("previousIndex", rebuild.previousIndex(), "documents", rebuild.documents())));
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

  /**
   * Runs another feature's writes to the catalog index on the thread imports and rebuilds run on,
   * after what is queued there: a rebuild then never misses them.
   */
  public <T> T serially(Callable<T> work) throws IOException, InterruptedException {
    try {
      return worker.submit(work).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(e.getCause());
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  private void run(UUID id, List<RawRow> rows, String actor) {
    try {
      jobs.started(id).await().indefinitely();
      var firstRowOfSku = new HashMap<String, Integer>();
      for (int from = 0; from < rows.size(); from += batchSize) {
        importBatch(id, rows.subList(from, Math.min(rows.size(), from + batchSize)), firstRowOfSku);
      }
      index.refresh();
      catalogChanged.fire(new CatalogChanged(id.toString()));
      jobs.completed(id).await().indefinitely();
      ImportJob job = find(id).orElseThrow();
      AuditRows.appendAndWait(
          database.client(),
          AuditRow.of(
              actor,
              "catalog.imported",
              "catalog-import",
              id.toString(),
              Map.of("imported", job.imported(), "failed", job.failed())));
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
      throws IOException {
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
    jobs.progressed(id, batch.size(), indexed, errors).await().indefinitely();
  }

  /** Stores the batch in one transaction, or row by row to find the ones the database refuses. */
  private List<Product> store(
      List<Product> valid, Map<String, Integer> rowOfSku, List<ImportJob.RowError> errors) {
    if (valid.isEmpty()) {
      return valid;
    }
    try {
      products.upsertAll(valid).await().indefinitely();
      return valid;
    } catch (RuntimeException batchFailure) {
      requireDatabaseFailure(batchFailure);
      var stored = new ArrayList<Product>();
      for (Product product : valid) {
        try {
          products.upsertAll(List.of(product)).await().indefinitely();
          stored.add(product);
        } catch (RuntimeException e) {
          requireDatabaseFailure(e);
          errors.add(
              new ImportJob.RowError(
                  rowOfSku.get(product.sku()),
                  "row",
                  "refused by the database (SQL state "
                      + SqlFailures.sqlState(e).orElse(null)
                      + ")"));
        }
      }
      return stored;
    }
  }

  /** Anything but a database failure is a fault of the import itself, which then stops. */
  private static void requireDatabaseFailure(RuntimeException e) {
    if (!SqlFailures.isDatabaseFailure(e)) {
      throw e;
    }
  }

  private CatalogIndex.Rebuild rebuildNow() throws IOException {
    return index.rebuild(
        writer -> {
          var batch = new ArrayList<Product>();
          int[] count = {0};
          try {
            products
                .forEach(
                    product -> {
                      batch.add(product);
                      if (batch.size() == batchSize) {
                        count[0] += flush(writer, batch);
                      }
                    })
                .await()
                .indefinitely();
            count[0] += flush(writer, batch);
            return count[0];
          } catch (RuntimeException e) {
            requireDatabaseFailure(e);
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
      jobs.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage()).await().indefinitely();
    } catch (RuntimeException recording) {
      LOG.errorf(recording, "catalog import %s: the failure could not be recorded", id);
    }
  }

  private static ImportJob.RowError rowError(int row, FieldError error) {
    return new ImportJob.RowError(row, error.field(), error.message());
  }
}
