package io.vitrine.tenant.stores;

/** No store has the requested id. */
public class StoreNotFoundException extends RuntimeException {

  public StoreNotFoundException(long id) {
    super("No store has id " + id + ".");
  }
}
