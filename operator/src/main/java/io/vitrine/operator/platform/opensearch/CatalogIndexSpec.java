package io.vitrine.operator.platform.opensearch;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The catalog index a tenant should have. Tenants read and write through {@code alias}; the
 * concrete index behind it is versioned by {@link CatalogMappings}.
 */
public record CatalogIndexSpec(
    String alias, int shards, int replicas, Set<AttributeFamily> families, int embeddingDimension) {

  private static final Pattern ALIAS = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,199}$");
  private static final int MAX_DIMENSION = 16_000;

  public CatalogIndexSpec {
    requireValidAlias(alias);
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be at least 1, was " + shards);
    }
    if (replicas < 0) {
      throw new IllegalArgumentException("replicas must not be negative, was " + replicas);
    }
    if (embeddingDimension < 1 || embeddingDimension > MAX_DIMENSION) {
      throw new IllegalArgumentException(
          "embeddingDimension must be within 1.." + MAX_DIMENSION + ", was " + embeddingDimension);
    }
    Objects.requireNonNull(families, "families");
    families =
        families.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(families)); // immutable, no nulls
  }

  static String requireValidAlias(String alias) {
    if (alias == null || !ALIAS.matcher(alias).matches()) {
      throw new IllegalArgumentException(
          "catalog alias '" + alias + "' must match " + ALIAS.pattern());
    }
    return alias;
  }
}
