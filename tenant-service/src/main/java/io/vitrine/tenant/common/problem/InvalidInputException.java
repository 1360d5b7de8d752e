package io.vitrine.tenant.common.problem;

import java.util.List;

/**
 * Input that passed the HTTP layer but is invalid: answered as a 400 validation problem that names
 * each field.
 */
public class InvalidInputException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public InvalidInputException(List<FieldError> errors) {
    super(errors.size() + " invalid field(s)");
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
