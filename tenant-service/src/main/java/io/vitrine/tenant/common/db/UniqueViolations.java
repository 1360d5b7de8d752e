package io.vitrine.tenant.common.db;

/** Recognises a unique constraint that refused a write another request won the race for. */
public final class UniqueViolations {

  private UniqueViolations() {}

  public static boolean isOne(Throwable failure) {
    return SqlFailures.sqlState(failure).filter(SqlFailures.UNIQUE_VIOLATION::equals).isPresent();
  }
}
