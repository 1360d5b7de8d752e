package io.vitrine.operator.platform.postgres;

import java.util.regex.Pattern;

/** Validates and quotes the schema and role names Vitrine manages. */
final class PostgresIdentifiers {

  private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

  private PostgresIdentifiers() {}

  static String requireValid(String kind, String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          kind + " name '" + name + "' must match " + NAME.pattern());
    }
    return name;
  }

  /** Double-quotes an identifier; embedded quotes are doubled, so any string is safe. */
  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
