package io.vitrine.tenant.audit;

/** The audit record could not be written; the audited action must not be reported as done. */
public class AuditUnavailableException extends RuntimeException {

  public AuditUnavailableException(Throwable cause) {
    super("the audit log could not be written", cause);
  }
}
