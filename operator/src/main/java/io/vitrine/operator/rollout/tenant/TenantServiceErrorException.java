package io.vitrine.operator.rollout.tenant;

/** tenant-service answered, but with an error status or a body that is not JSON. */
public final class TenantServiceErrorException extends TenantServiceException {

  public TenantServiceErrorException(String message) {
    super(message, null);
  }

  public TenantServiceErrorException(String message, Throwable cause) {
    super(message, cause);
  }
}
