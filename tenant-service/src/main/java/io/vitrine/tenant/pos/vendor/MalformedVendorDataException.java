package io.vitrine.tenant.pos.vendor;

/** The vendor's data lacks what a sale needs; retrying will not help. Messages name fields only. */
public class MalformedVendorDataException extends RuntimeException {

  public MalformedVendorDataException(String message) {
    super(message, null, false, false);
  }
}
