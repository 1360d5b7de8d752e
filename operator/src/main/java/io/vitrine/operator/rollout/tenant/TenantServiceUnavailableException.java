package io.vitrine.operator.rollout.tenant;

/** tenant-service could not be reached: refused, timed out, or the call was interrupted. */
public final class TenantServiceUnavailableException extends TenantServiceException {

  public TenantServiceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
