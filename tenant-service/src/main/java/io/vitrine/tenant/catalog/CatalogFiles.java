package io.vitrine.tenant.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.vitrine.tenant.common.problem.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a whole catalog file into raw rows. A file that cannot be read as CSV or as a JSON array is
 * refused whole (with the line where reading stopped), before anything is imported.
 */
public final class CatalogFiles {

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();
  private static final CsvSchema WITH_HEADER = CsvSchema.emptySchema().withHeader();

  private CatalogFiles() {}

  /** Rows of a CSV file whose first line names the columns. */
  public static List<RawRow> csv(String text) {
    var rows = new ArrayList<RawRow>();
    try (MappingIterator<Map<String, String>> it =
        CSV.readerForMapOf(String.class).with(WITH_HEADER).readValues(text)) {
      boolean any = it.hasNextValue(); // reads the header line
      if (!headersName((CsvSchema) it.getParser().getSchema(), "sku")) {
        throw Problem.invalid("body", "the CSV header must name a sku column");
      }
      while (any && it.hasNextValue()) {
        Map<String, String> cells = it.nextValue();
        var fields = new LinkedHashMap<String, JsonNode>();
        cells.forEach(
            (column, value) -> {
              if (value != null && !value.isBlank()) {
                fields.put(fieldKey(column), TextNode.valueOf(value));
              }
            });
        rows.add(new RawRow(rows.size() + 1, fields));
      }
    } catch (JsonProcessingException e) {
      throw Problem.invalid(
          "body",
          "not valid CSV at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
    } catch (IOException | RuntimeException e) {
      if (e instanceof Problem invalid) {
        throw invalid;
      }
      throw Problem.invalid("body", "not valid CSV: " + rootMessage(e));
    }
    return rows;
  }

  /** Rows of a JSON array of product objects; an element that is not an object is a row error. */
  public static List<RawRow> json(JsonNode array) {
    if (array == null || !array.isArray()) {
      throw Problem.invalid("body", "must be a JSON array of products");
    }
    var rows = new ArrayList<RawRow>();
    for (JsonNode element : array) {
      var fields = new LinkedHashMap<String, JsonNode>();
      if (element.isObject()) {
        element
            .fields()
            .forEachRemaining(field -> fields.put(fieldKey(field.getKey()), field.getValue()));
      }
      rows.add(new RawRow(rows.size() + 1, fields, !element.isObject()));
    }
    return rows;
  }

  /** {@code Shelf_Life-Months} and {@code shelfLifeMonths} both become {@code shelflifemonths}. */
  static String fieldKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
  }

  private static boolean headersName(CsvSchema schema, String column) {
    for (CsvSchema.Column each : schema) {
      if (fieldKey(each.getName()).equals(column)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
