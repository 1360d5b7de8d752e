package io.vitrine.tenant.checkout;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.function.Function;

/**
 * Columns of a batch of rows as SQL arrays, for multi-row inserts that {@code unnest} them. A value
 * that is itself an array or a document goes as JSON text: {@code unnest} cannot take arrays of
 * arrays.
 */
public final class SqlArrays {

  private SqlArrays() {}

  public static <T> String[] texts(List<T> rows, Function<T, String> column) {
    return rows.stream().map(column).toArray(String[]::new);
  }

  /** Each row's value as JSON text (snake_case), for a {@code jsonb} or array column. */
  public static <T> String[] jsonTexts(List<T> rows, Function<T, ?> column) {
    return rows.stream().map(column).map(SqlArrays::json).toArray(String[]::new);
  }

  private static String json(Object value) {
    try {
      return AuditDetails.json().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a column cannot be written as JSON", e);
    }
  }
}
