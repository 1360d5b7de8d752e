package io.vitrine.tenant.catalog;

import java.util.UUID;

/** The import is no longer running here: the sweep failed it while this instance was silent. */
public class ImportAbandonedException extends RuntimeException {

  public ImportAbandonedException(UUID id) {
    super("catalog import " + id + " was failed by the stale-import sweep; stopping it");
  }
}
