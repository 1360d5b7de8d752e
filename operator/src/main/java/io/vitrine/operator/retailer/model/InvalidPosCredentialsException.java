package io.vitrine.operator.retailer.model;

/** The POS credentials Secret is missing or incomplete; the message never holds a value. */
public class InvalidPosCredentialsException extends RuntimeException {

  private final String reason;

  public InvalidPosCredentialsException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
