package io.vitrine.tenant.pos.vendor;

/**
 * A vendor API call failed (transport error or non-2xx). The message names the provider, the status
 * and the path only: never a token, a query or a response body.
 */
public class VendorApiException extends RuntimeException {

  private final int status;

  public VendorApiException(String message, int status, Throwable cause) {
    super(message, cause, false, false);
    this.status = status;
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }

  /** Whether a later attempt may succeed (transport errors, throttling, the vendor's 5xx). */
  public boolean retryable() {
    return status == 0 || status == 408 || status == 429 || status >= 500;
  }
}
