package io.vitrine.tenant.pos.connection;

/**
 * The outcome of one authenticated call to the retailer's POS API.
 *
 * @param provider the configured POS, or null when none is
 * @param result what the call showed
 * @param vendorStatus the HTTP status the vendor answered, 0 when none arrived or no call was made
 * @param millis how long the call took
 * @param detail what was called and what went wrong; never a token or the vendor's data
 */
public record ConnectionCheck(
    String provider, Result result, int vendorStatus, long millis, String detail) {

  /** What one call to the vendor's API showed. */
  public enum Result {
    /** The credentials were accepted. */
    CONNECTED,
    /** The vendor refused the credentials (401 or 403). */
    UNAUTHORIZED,
    /** No answer, a timeout, or the vendor's own failure (5xx, throttling). */
    UNREACHABLE,
    /** The vendor answered something else, or something that is not its API's shape. */
    UNEXPECTED,
    /** No provider or no API token is configured, so nothing was called. */
    NOT_CONFIGURED
  }
}
