package io.vitrine.tenant.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The tenant's catalog, as the operator configures the pod (VITRINE_CATALOG_INDEX_ALIAS). */
@ConfigMapping(prefix = "vitrine.catalog")
public interface CatalogConfig {

  /** The alias every read and write goes through; the operator created it and its index. */
  String indexAlias();

  /** Products written to PostgreSQL and OpenSearch per round trip. */
  @WithDefault("500")
  int batchSize();

  /**
   * An unfinished import whose heartbeat is older than this is failed by the sweep: the instance
   * running it stopped. Keep it well above {@link #importHeartbeatEvery()}.
   */
  @WithDefault("2m")
  Duration importStaleAfter();

  /** How often an instance beats the heartbeat of the imports it runs (read by the scheduler). */
  @WithDefault("5s")
  String importHeartbeatEvery();

  /** How often each instance sweeps for stale imports; {@code off} disables (the scheduler's). */
  @WithDefault("30s")
  String importSweepEvery();

  /**
   * Whether products get a vector too (all-MiniLM-L6-v2, in process), so that the copilot's k-NN
   * finds them beside knowledge passages. Off by default: embedding costs about 40 ms a product on
   * 2 busy cores, paid in the import, which a 50,000-product catalog cannot afford; the copilot
   * finds products by BM25 either way. Knowledge passages always have their vector.
   */
  @WithDefault("false")
  boolean productVectors();
}
