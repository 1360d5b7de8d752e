package io.vitrine.tenant.checkout;

/** Feedback or an override named a suggestion or screening that does not exist. */
public class UnknownDecisionTargetException extends RuntimeException {

  public UnknownDecisionTargetException(String what, String id) {
    super("No " + what + " has the id '" + id + "'.");
  }
}
