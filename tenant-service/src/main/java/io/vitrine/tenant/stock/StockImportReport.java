package io.vitrine.tenant.stock;

import java.util.List;
import java.util.UUID;

/**
 * What an import did: {@code applied} counts replaced or added a store's count, {@code unchanged}
 * ones were valid but not newer than the stored count, {@code failed} rows were refused, each error
 * naming its row (from 1), field and reason. Good rows are applied whatever happens to the others.
 *
 * @param id the import, as the audit log names it
 */
public record StockImportReport(
    UUID id, int rows, int applied, int unchanged, int failed, List<RowError> errors) {

  public StockImportReport {
    errors = List.copyOf(errors);
  }

  /** Why one row was not applied. */
  public record RowError(int row, String field, String message) {}
}
