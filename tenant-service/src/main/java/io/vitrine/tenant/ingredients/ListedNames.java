package io.vitrine.tenant.ingredients;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the INCI names of a regulatory list shipped as a tab-separated resource ({@code
 * fragrance-allergens.tsv}): column 2 is the name to print on labels, column 3 the entry's INCI
 * names separated by {@code |}; {@code #} lines are comments.
 */
final class ListedNames {

  private ListedNames() {}

  static List<String> read(String resource) {
    try (InputStream in = ListedNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      var names = new ArrayList<String>();
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.addAll(namesOf(line.split("\t"), resource));
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static List<String> namesOf(String[] columns, String resource) {
    if (columns.length < 3) {
      throw new IllegalStateException(resource + ": expected entry, label name, INCI names");
    }
    var names = new ArrayList<String>();
    names.add(columns[1].strip());
    for (String name : columns[2].split("\\|")) {
      names.add(name.strip());
    }
    return names;
  }
}
