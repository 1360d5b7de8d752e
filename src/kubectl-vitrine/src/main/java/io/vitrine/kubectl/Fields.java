package io.vitrine.kubectl;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads nested fields of a resource parsed as maps and lists, tolerating absent ones. */
final class Fields {

  private Fields() {}

  /** The value at the path of map keys, or empty when any step is absent. */
  static Optional<Object> at(Object root, String... path) {
    Object current = root;
    for (String key : path) {
      if (!(current instanceof Map<?, ?> map)) {
        return Optional.empty();
      }
      current = map.get(key);
    }
    return Optional.ofNullable(current);
  }

  static String text(Object root, String... path) {
    return at(root, path).map(String::valueOf).orElse("");
  }

  static String textOr(Object root, String fallback, String... path) {
    String value = text(root, path);
    return value.isEmpty() ? fallback : value;
  }

  /** The list at the path as maps, or an empty list. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object root, String... path) {
    return at(root, path)
        .filter(List.class::isInstance)
        .map(value -> (List<Map<String, Object>>) value)
        .orElse(List.of());
  }

  /** The first element of the list at the path whose field has the value. */
  static Optional<Map<String, Object>> find(
      Object root, String field, String value, String... path) {
    return list(root, path).stream().filter(item -> value.equals(item.get(field))).findFirst();
  }
}
