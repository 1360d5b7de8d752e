package io.vitrine.operator.retailer.model;

/**
 * A credentials Secret the RetailerIntegration references is missing or incomplete: only a person
 * can fix it. The message names the Secret and its keys, never a value.
 */
public class InvalidCredentialsException extends RuntimeException {

  private final String reason;

  public InvalidCredentialsException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
