package io.vitrine.tenant.ingredients;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the ingredient tables shipped as resources: one entry a line, {@code KEY = value | value},
 * {@code #} comments and blank lines ignored.
 */
final class NameTable {

  private NameTable() {}

  static Map<String, List<String>> read(String resource) {
    try (InputStream in = NameTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static Map<String, List<String>> parse(BufferedReader lines, String resource)
      throws IOException {
    Map<String, List<String>> table = new LinkedHashMap<>();
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      int equals = text.indexOf('=');
      if (equals <= 0) {
        throw new IllegalStateException(resource + " line " + number + ": expected KEY = values");
      }
      List<String> values = new ArrayList<>();
      for (String value : text.substring(equals + 1).split("\\|")) {
        if (!value.isBlank()) {
          values.add(value.strip());
        }
      }
      table.put(text.substring(0, equals).strip(), values);
    }
    return table;
  }
}
