package io.vitrine.tenant.checkout;

/** The in-memory catalog and co-purchase counts are still loading. */
public class CheckoutWarmingUpException extends RuntimeException {

  public CheckoutWarmingUpException() {
    super("The checkout is loading the catalog and purchase history; try again shortly.");
  }
}
