package io.vitrine.tenant.stock;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.stock.StockImportReport.RowError;
import io.vitrine.tenant.stores.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Imports counts for retailers whose POS publishes none: validates every row, applies the valid
 * ones newest-wins in one transaction with their audit row, and reports each refused row. Unlike a
 * POS count, an import row naming an unknown store is refused rather than creating the store: a
 * typo must not add one.
 */
@ApplicationScoped
public class StockImportService {

  /** Counts per statement. */
  static final int BATCH = 1000;

  private final Database database;
  private final StockRepository stock;
  private final StoreService stores;
  private final StockMetrics metrics;
  private final int maxRows;
  private final Clock clock = Clock.systemUTC();

  public StockImportService(
      Database database,
      StockRepository stock,
      StoreService stores,
      StockMetrics metrics,
      StockConfig config) {
    this.database = database;
    this.stock = stock;
    this.stores = stores;
    this.metrics = metrics;
    this.maxRows = config.importMaxRows();
  }

  /** One row that passed validation, with its number in the file. */
  private record Numbered(int row, StockCount count) {}

  public Uni<StockImportReport> run(List<StockFileRow> rows, String actor) {
    if (rows.size() > maxRows) {
      throw Problem.invalid(
          "body", "holds " + rows.size() + " rows; at most " + maxRows + " per import: split it");
    }
    var errors = new ArrayList<RowError>();
    List<Numbered> valid = validate(rows, clock.instant(), errors);
    UUID id = UUID.randomUUID();
    return stores
        .idsByLocation(StockService.locations(valid.stream().map(Numbered::count).toList()))
        .flatMap(
            storeIds -> {
              List<StockCount> known = known(valid, storeIds, errors);
              return database
                  .inTransaction(
                      connection ->
                          apply(connection, known, storeIds)
                              .call(applied -> audit(connection, id, actor, rows, known, applied)))
                  .invoke(
                      applied ->
                          metrics.counted(StockCount.IMPORT, applied, known.size() - applied))
                  .map(applied -> report(id, rows.size(), known.size(), applied, errors));
            });
  }

  private static List<Numbered> validate(
      List<StockFileRow> rows, Instant importedAt, List<RowError> errors) {
    var valid = new ArrayList<Numbered>();
    var firstRow = new HashMap<String, Integer>();
    for (StockFileRow row : rows) {
      StockRowValidator.Result result = StockRowValidator.validate(row, importedAt);
      result
          .errors()
          .forEach(error -> errors.add(new RowError(row.number(), error.field(), error.message())));
      if (result.count() == null) {
        continue;
      }
      String key = result.count().locationId() + "\n" + result.count().sku();
      Integer first = firstRow.putIfAbsent(key, row.number());
      if (first != null) {
        errors.add(
            new RowError(
                row.number(),
                "sku",
                "repeats the store and SKU of row " + first + ", which was kept"));
        continue;
      }
      valid.add(new Numbered(row.number(), result.count()));
    }
    return valid;
  }

  private static List<StockCount> known(
      List<Numbered> valid, Map<String, Long> storeIds, List<RowError> errors) {
    var known = new ArrayList<StockCount>();
    for (Numbered each : valid) {
      if (storeIds.containsKey(each.count().locationId())) {
        known.add(each.count());
      } else {
        errors.add(
            new RowError(
                each.row(),
                "store",
                "no store has the POS location id '" + each.count().locationId() + "'"));
      }
    }
    return known;
  }

  private Uni<Integer> apply(
      SqlConnection connection, List<StockCount> counts, Map<String, Long> storeIds) {
    var batches = new ArrayList<List<StockCount>>();
    for (int from = 0; from < counts.size(); from += BATCH) {
      batches.add(counts.subList(from, Math.min(counts.size(), from + BATCH)));
    }
    return Multi.createFrom()
        .iterable(batches)
        .onItem()
        .transformToUniAndConcatenate(batch -> stock.upsert(connection, batch, storeIds))
        .collect()
        .with(Collectors.summingInt(Integer::intValue));
  }

  private static Uni<Void> audit(
      SqlConnection connection,
      UUID id,
      String actor,
      List<StockFileRow> rows,
      List<StockCount> known,
      int applied) {
    return AuditRows.append(
        connection,
        AuditRow.of(
            actor,
            "stock.imported",
            "stock-import",
            id.toString(),
            Map.of(
                "rows",
                rows.size(),
                "applied",
                applied,
                "unchanged",
                known.size() - applied,
                "failed",
                rows.size() - known.size())));
  }

  private static StockImportReport report(
      UUID id, int rows, int known, int applied, List<RowError> errors) {
    List<RowError> sorted =
        errors.stream()
            .sorted(Comparator.comparingInt(RowError::row).thenComparing(RowError::field))
            .toList();
    return new StockImportReport(id, rows, applied, known - applied, rows - known, sorted);
  }
}
