package io.vitrine.tenant.messages;

/**
 * A delivery service did not accept a message. The message says why without the address or text (an
 * HTTP status, a timeout), so it can be logged and stored.
 */
public class DeliveryFailedException extends RuntimeException {

  private final boolean retryable;

  public DeliveryFailedException(String reason, boolean retryable) {
    super(reason);
    this.retryable = retryable;
  }

  /** False when trying again cannot help (the service refused the request itself). */
  public boolean retryable() {
    return retryable;
  }
}
