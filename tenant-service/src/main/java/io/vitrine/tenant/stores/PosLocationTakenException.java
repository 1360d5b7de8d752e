package io.vitrine.tenant.stores;

/** Another store already has the POS location id: each POS location is one store. */
public class PosLocationTakenException extends RuntimeException {

  public PosLocationTakenException(String posLocationId) {
    super("A store with POS location id '" + posLocationId + "' already exists.");
  }
}
