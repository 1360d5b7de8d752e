package io.vitrine.tenant.stock;

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
 * Reads a whole stock file into rows. A file that cannot be read as CSV or as a JSON array is
 * refused whole, before anything is applied; what is wrong with a row is reported per row.
 */
final class StockFiles {

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();
  private static final CsvSchema WITH_HEADER = CsvSchema.emptySchema().withHeader();

  private StockFiles() {}

  /** Rows of a CSV file whose first line names the columns (store, sku and quantity at least). */
  static List<StockFileRow> csv(String text) {
    var rows = new ArrayList<StockFileRow>();
    try (MappingIterator<Map<String, String>> it =
        CSV.readerForMapOf(String.class).with(WITH_HEADER).readValues(text)) {
      boolean any = it.hasNextValue(); // reads the header line
      requireColumns((CsvSchema) it.getParser().getSchema());
      while (any && it.hasNextValue()) {
        var fields = new LinkedHashMap<String, JsonNode>();
        it.nextValue()
            .forEach(
                (column, value) -> {
                  if (value != null && !value.isBlank()) {
                    fields.put(fieldKey(column), TextNode.valueOf(value));
                  }
                });
        rows.add(new StockFileRow(rows.size() + 1, fields, false));
      }
    } catch (JsonProcessingException e) {
      throw Problem.invalid(
          "body",
          "not valid CSV at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw Problem.invalid("body", "not valid CSV");
    }
    return rows;
  }

  /** Rows of a JSON array of count objects; an element that is not an object is a row error. */
  static List<StockFileRow> json(JsonNode array) {
    if (array == null || !array.isArray()) {
      throw Problem.invalid("body", "must be a JSON array of counts");
    }
    var rows = new ArrayList<StockFileRow>();
    for (JsonNode element : array) {
      var fields = new LinkedHashMap<String, JsonNode>();
      element
          .fields()
          .forEachRemaining(field -> fields.put(fieldKey(field.getKey()), field.getValue()));
      rows.add(new StockFileRow(rows.size() + 1, fields, !element.isObject()));
    }
    return rows;
  }

  static String fieldKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
  }

  private static void requireColumns(CsvSchema schema) {
    var named = new ArrayList<String>();
    schema.forEach(column -> named.add(fieldKey(column.getName())));
    for (String required : List.of("store", "sku", "quantity")) {
      if (!named.contains(required)) {
        throw Problem.invalid("body", "the CSV header must name a " + required + " column");
      }
    }
  }
}
