package io.vitrine.tenant.checkout;

/** No store of the tenant has the POS location id a request named. */
public class UnknownStoreException extends RuntimeException {

  public UnknownStoreException(String posLocationId) {
    super("No store has the POS location id '" + posLocationId + "'.");
  }
}
