package io.vitrine.operator.platform.opensearch;

/** The concrete index an alias points at, as found in OpenSearch. */
public record CatalogIndex(
    String alias, String index, int shards, int replicas, String mappingVersion) {}
