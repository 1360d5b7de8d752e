package io.vitrine.tenant.stock;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.common.problem.FieldError;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks one row of a stock file and turns it into a count: {@code store} (the store's POS location
 * id), {@code sku}, {@code quantity} (a whole number; zero or less is out of stock) and,
 * optionally, {@code counted_at} (ISO-8601 with an offset; by default the import's time). Every
 * problem is reported with its field.
 */
final class StockRowValidator {

  private static final Pattern STORE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final Pattern SKU = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");
  private static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(1_000_000_000);

  /** Clocks differ a little; a count from further ahead than this is a mistake. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private StockRowValidator() {}

  /** The count, or the errors that keep the row out. */
  record Result(StockCount count, List<FieldError> errors) {}

  static Result validate(StockFileRow row, Instant importedAt) {
    if (row.notAnObject()) {
      return new Result(null, List.of(new FieldError("row", "must be a JSON object")));
    }
    var errors = new ArrayList<FieldError>();
    Map<String, JsonNode> f = row.fields();
    String store = matching(f, "store", STORE, "must be a store's POS location id", errors);
    String sku = matching(f, "sku", SKU, "must be 1 to 64 letters, digits or . _ : / -", errors);
    Integer quantity = quantity(f.get("quantity"), errors);
    Instant countedAt = countedAt(f.get("countedat"), importedAt, errors);
    if (!errors.isEmpty()) {
      return new Result(null, List.copyOf(errors));
    }
    return new Result(
        new StockCount(
            StockCount.IMPORT, store, sku, quantity, countedAt.toEpochMilli(), countedAt),
        List.of());
  }

  private static String matching(
      Map<String, JsonNode> f, String key, Pattern pattern, String rule, List<FieldError> errors) {
    JsonNode node = f.get(key);
    if (node == null || node.isNull() || node.asText().isBlank()) {
      errors.add(new FieldError(key, "is required"));
      return null;
    }
    String value = node.asText().strip();
    if (!node.isValueNode() || !pattern.matcher(value).matches()) {
      errors.add(new FieldError(key, rule));
      return null;
    }
    return value;
  }

  private static Integer quantity(JsonNode node, List<FieldError> errors) {
    if (node == null || node.isNull() || node.asText().isBlank()) {
      errors.add(new FieldError("quantity", "is required"));
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(node.asText().strip());
      if (!node.isValueNode() || value.stripTrailingZeros().scale() > 0) {
        throw new NumberFormatException();
      }
      if (value.abs().compareTo(MAX_QUANTITY) > 0) {
        errors.add(new FieldError("quantity", "must be at most " + MAX_QUANTITY + " in size"));
        return null;
      }
      return value.intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      errors.add(new FieldError("quantity", "must be a whole number"));
      return null;
    }
  }

  private static Instant countedAt(JsonNode node, Instant importedAt, List<FieldError> errors) {
    if (node == null || node.isNull() || node.asText().isBlank()) {
      return importedAt;
    }
    try {
      Instant at = OffsetDateTime.parse(node.asText().strip()).toInstant();
      if (at.isAfter(importedAt.plus(CLOCK_SKEW))) {
        errors.add(new FieldError("counted_at", "must not be in the future"));
      }
      return at;
    } catch (DateTimeParseException e) {
      errors.add(
          new FieldError(
              "counted_at", "must be ISO-8601 with an offset, e.g. 2026-03-01T09:00:00Z"));
      return null;
    }
  }
}
