package io.vitrine.tenant.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The tenant's catalog, as the operator configures the pod (VITRINE_CATALOG_INDEX_ALIAS). */
@ConfigMapping(prefix = "vitrine.catalog")
public interface CatalogConfig {

  /** The alias every read and write goes through; the operator created it and its index. */
  String indexAlias();

  /** Products written to PostgreSQL and OpenSearch per round trip. */
  @WithDefault("500")
  int batchSize();
}
