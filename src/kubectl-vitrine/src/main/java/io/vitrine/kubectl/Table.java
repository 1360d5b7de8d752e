package io.vitrine.kubectl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table with left-aligned columns, as kubectl prints them. */
final class Table {

  private final List<String[]> rows = new ArrayList<>();

  Table(String... headers) {
    rows.add(headers);
  }

  Table row(Object... cells) {
    rows.add(
        Arrays.stream(cells)
            .map(cell -> cell == null ? "" : String.valueOf(cell))
            .toArray(String[]::new));
    return this;
  }

  boolean isEmpty() {
    return rows.size() == 1;
  }

  /** The table, each line indented by the prefix and ended by a newline. */
  String render(String indent) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < columns; i++) {
        line.append(
            i == columns - 1 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
