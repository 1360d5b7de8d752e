package io.vitrine.tenant.checkout.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.tenant.checkout.ranking.Complement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Regimen and category complements (serum, then moisturizer), read from a data file. */
public final class ComplementRules {

  /** The data file on the class path. */
  public static final String RESOURCE = "checkout/complements.json";

  private final Map<String, List<Complement>> byCategory;

  ComplementRules(Map<String, List<Complement>> byCategory) {
    this.byCategory = Map.copyOf(byCategory);
  }

  public static ComplementRules fromClassPath() {
    try (InputStream in = ComplementRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + " cannot be read", e);
    }
  }

  static ComplementRules parse(JsonNode document) {
    var byCategory = new HashMap<String, List<Complement>>();
    document
        .path("complements")
        .fields()
        .forEachRemaining(
            entry -> {
              var complements = new ArrayList<Complement>();
              entry
                  .getValue()
                  .forEach(
                      rule ->
                          complements.add(
                              new Complement(
                                  lower(rule.path("category").asText()),
                                  rule.path("weight").asDouble(),
                                  rule.path("reason").asText())));
              byCategory.put(lower(entry.getKey()), List.copyOf(complements));
            });
    return new ComplementRules(byCategory);
  }

  /** The categories that complete {@code category}, strongest first. */
  public List<Complement> of(String category) {
    return category == null ? List.of() : byCategory.getOrDefault(lower(category), List.of());
  }

  private static String lower(String category) {
    return category.trim().toLowerCase(Locale.ROOT);
  }
}
