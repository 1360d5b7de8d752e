package io.vitrine.tenant.common.db;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;

/** Recognises a unique constraint that refused a write another request won the race for. */
public final class UniqueViolations {

  private UniqueViolations() {}

  public static boolean isOne(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConstraintViolationException violation) {
        return violation.getKind() == ConstraintKind.UNIQUE;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
