package io.vitrine.operator.platform.opensearch;

import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.indices.IndexSettingsAnalysis;

/**
 * What a catalog index is created with: its mappings, analysis settings and the version naming
 * them.
 */
public record CatalogMapping(
    String version, TypeMapping mappings, IndexSettingsAnalysis analysis) {}
