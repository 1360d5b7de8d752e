package io.vitrine.tenant.common.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Turns Bean Validation violations into a 400 problem that names each invalid field. */
public final class ValidationProblems {

  private ValidationProblems() {}

  public static Problem of(Collection<? extends ConstraintViolation<?>> violations) {
    List<FieldError> errors =
        violations.stream()
            .map(
                violation ->
                    new FieldError(field(violation.getPropertyPath()), violation.getMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    return Problem.invalid(errors);
  }

  /**
   * The path as the client wrote it: {@code create.request.labels[region].<map value>} becomes
   * {@code labels[region]} (a resource method's name and a body parameter's name are left out),
   * while a query parameter keeps its name: {@code list.label[0].<list element>} becomes {@code
   * label[0]}.
   */
  static String field(Path path) {
    List<Path.Node> nodes = new ArrayList<>();
    path.forEach(nodes::add);
    var field = new StringBuilder();
    for (int i = 0; i < nodes.size(); i++) {
      Path.Node node = nodes.get(i);
      boolean beanFollows =
          i + 1 < nodes.size() && nodes.get(i + 1).getKind() == ElementKind.PROPERTY;
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER, BEAN -> {}
        case PARAMETER -> {
          if (!beanFollows) {
            append(field, node.getName());
          }
        }
        case CONTAINER_ELEMENT -> field.append(subscript(node));
        default -> append(field, node.getName());
      }
    }
    return field.isEmpty() ? "body" : field.toString();
  }

  private static void append(StringBuilder field, String name) {
    if (!field.isEmpty()) {
      field.append('.');
    }
    field.append(name);
  }

  private static String subscript(Path.Node node) {
    if (node.getKey() != null) {
      return "[" + node.getKey() + "]";
    }
    if (node.getIndex() != null) {
      return "[" + node.getIndex() + "]";
    }
    return "";
  }
}
