package io.vitrine.tenant.customers;

/** No profile is stored for this pseudonym. */
public class CustomerNotFoundException extends RuntimeException {

  public CustomerNotFoundException() {
    super("No profile is stored for this customer.");
  }
}
