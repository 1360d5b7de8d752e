package io.vitrine.tenant.catalog;

import java.util.UUID;

/** No catalog import has this id. */
public class ImportNotFoundException extends RuntimeException {

  public ImportNotFoundException(UUID id) {
    super("No catalog import has id " + id + ".");
  }
}
