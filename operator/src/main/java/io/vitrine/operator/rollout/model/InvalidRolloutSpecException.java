package io.vitrine.operator.rollout.model;

/**
 * The spec asks for something the operator cannot do (the schema let it through); only a change of
 * the spec heals it.
 */
public class InvalidRolloutSpecException extends IllegalArgumentException {

  public InvalidRolloutSpecException(String message) {
    super(message);
  }
}
