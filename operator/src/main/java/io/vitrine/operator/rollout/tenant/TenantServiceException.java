package io.vitrine.operator.rollout.tenant;

/** tenant-service could not be reached or refused a call; the reconciliation is retried. */
public class TenantServiceException extends RuntimeException {

  public TenantServiceException(String message) {
    super(message);
  }

  public TenantServiceException(String message, Throwable cause) {
    super(message, cause);
  }
}
