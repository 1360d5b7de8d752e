package io.vitrine.tenant.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** An RFC 9457 problem details object; {@code errors} extends it with field errors. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetail(
    URI type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** The body that answers {@code problem}. */
  public static ProblemDetail of(Problem problem) {
    ProblemType type = problem.type();
    return new ProblemDetail(
        type.uri(), type.title(), type.status(), problem.detail(), problem.errors());
  }

  /** A problem that says no more than its HTTP status (RFC 9457 section 4.2.1). */
  public static ProblemDetail ofStatus(Response.StatusType status, String detail) {
    return new ProblemDetail(
        URI.create("about:blank"),
        status.getReasonPhrase(),
        status.getStatusCode(),
        detail,
        List.of());
  }

  public Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
  }
}
