package io.vitrine.tenant.common.problem;

import java.util.List;

/**
 * An error the API answers as an RFC 9457 problem: its {@link ProblemType kind}, the detail the
 * client reads and, for invalid input, the field errors. {@code throw Problem.of(STORE_NOT_FOUND,
 * id)} is all a feature writes; {@link ProblemMappers} turns it into the response.
 *
 * <p>A problem is an answer, not a bug, so it records no stack trace; its cause keeps its own.
 */
public final class Problem extends RuntimeException {

  private final ProblemType type;
  private final String detail;
  private final List<FieldError> errors;

  private Problem(
      ProblemType type, String detail, List<FieldError> errors, String message, Throwable cause) {
    super(message, cause, false, false);
    this.type = type;
    this.detail = detail;
    this.errors = List.copyOf(errors);
  }

  /** A problem of this kind whose detail is the kind's detail format filled with the arguments. */
  public static Problem of(ProblemType type, Object... detailArguments) {
    String detail = type.detail(detailArguments);
    return new Problem(type, detail, List.of(), detail, null);
  }

  /** Input that passed the HTTP layer but is invalid: a validation problem naming each field. */
  public static Problem invalid(List<FieldError> errors) {
    String detail =
        errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.";
    return new Problem(
        ProblemType.VALIDATION, ProblemType.VALIDATION.detail(detail), errors, detail, null);
  }

  public static Problem invalid(String field, String message) {
    return invalid(List.of(new FieldError(field, message)));
  }

  /**
   * The same problem, whose message (for logs and stored failures) says why in the server's terms;
   * the client still reads only the detail.
   */
  public Problem because(String reason) {
    return new Problem(type, detail, errors, reason, getCause());
  }

  /** The same problem, caused by {@code cause}. */
  public Problem causedBy(Throwable cause) {
    return new Problem(type, detail, errors, getMessage(), cause);
  }

  public ProblemType type() {
    return type;
  }

  public String detail() {
    return detail;
  }

  /** The invalid fields of a validation problem; empty for any other kind. */
  public List<FieldError> errors() {
    return errors;
  }
}
