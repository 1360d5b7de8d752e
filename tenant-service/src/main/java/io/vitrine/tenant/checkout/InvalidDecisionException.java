package io.vitrine.tenant.checkout;

/** Feedback or an override that does not fit what it refers to (a SKU that was not suggested). */
public class InvalidDecisionException extends RuntimeException {

  /** Whether the decision was already recorded (a conflict) rather than invalid. */
  public enum Kind {
    INVALID,
    ALREADY_DECIDED
  }

  private final Kind kind;

  public InvalidDecisionException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
