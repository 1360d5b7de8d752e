package io.vitrine.operator.retailer.model;

/** The POS credentials Secret is missing or incomplete; the message never holds a value. */
public class InvalidPosCredentialsException extends InvalidCredentialsException {

  public InvalidPosCredentialsException(String reason, String message) {
    super(reason, message);
  }
}
