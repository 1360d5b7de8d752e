package io.vitrine.tenant.catalog;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.db.SqlFailures;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Fails the catalog imports whose instance stopped: queued or running jobs whose heartbeat is older
 * than {@code vitrine.catalog.import-stale-after}. Every replica sweeps; the conditional update
 * fails each job once, and never one whose instance still beats.
 */
@ApplicationScoped
public class StaleImportSweep {

  /** What the job status shows; {@code %s} is the instance that ran the job. */
  static final String FAILURE =
      "The instance running this import (%s) stopped before it finished. The rows imported so far"
          + " are kept; run the import again to finish it: it updates products by SKU, so rows"
          + " already imported are not duplicated.";

  private static final Logger LOG = Logger.getLogger(StaleImportSweep.class);

  private final ImportJobRepository jobs;
  private final Duration staleAfter;

  public StaleImportSweep(ImportJobRepository jobs, CatalogConfig config) {
    this.jobs = jobs;
    this.staleAfter = config.importStaleAfter();
  }

  @Scheduled(
      identity = "catalog-import-sweep",
      every = "${vitrine.catalog.import-sweep-every:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> scheduled() {
    return sweep()
        .replaceWithVoid()
        .onFailure(SqlFailures::isDatabaseFailure)
        .recoverWithUni(
            e -> {
              LOG.warnf("stale catalog import sweep failed (%s)", SqlFailures.describe(e));
              return Uni.createFrom().voidItem();
            });
  }

  /** One sweep; returns the jobs it failed. */
  public Uni<List<UUID>> sweep() {
    return jobs.failStale(staleAfter, FAILURE)
        .invoke(
            failed ->
                failed.forEach(
                    id -> LOG.warnf("catalog import %s failed: its instance stopped", id)));
  }
}
