package io.vitrine.operator.rollout.tenant;

/** A call to tenant-service failed; the reconciliation is retried. */
public abstract sealed class TenantServiceException extends RuntimeException
    permits TenantServiceUnavailableException, TenantServiceErrorException {

  TenantServiceException(String message, Throwable cause) {
    super(message, cause);
  }
}
