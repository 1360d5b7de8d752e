package io.vitrine.operator.platform.opensearch;

import java.util.Objects;

/** The concrete index an alias points at, as found in OpenSearch. */
public record CatalogIndex(
    String alias, String index, int shards, int replicas, String mappingVersion) {

  /**
   * Whether both serve the same catalog: equal but for the concrete index's name, which
   * tenant-service changes when it rebuilds the catalog into a new index with the same mapping.
   */
  public boolean servesLike(CatalogIndex other) {
    return alias.equals(other.alias)
        && shards == other.shards
        && replicas == other.replicas
        && Objects.equals(mappingVersion, other.mappingVersion);
  }
}
