package io.vitrine.tenant.common.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error the admin API answers, as RFC 9457 problem details. */
public class ProblemMappers {

  @ServerExceptionMapper
  public Response problem(Problem problem) {
    var response = Response.fromResponse(ProblemDetail.of(problem).toResponse());
    problem
        .type()
        .retryAfter()
        .ifPresent(wait -> response.header("Retry-After", Long.toString(wait.toSeconds())));
    return response.build();
  }

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e) {
    return ValidationProblems.of(e.getConstraintViolations()).toResponse();
  }

  @ServerExceptionMapper
  public Response databaseUnavailable(SQLException e) {
    return ProblemDetail.of(
            "database-unavailable",
            "Database unavailable",
            503,
            "The database cannot be reached now; retry later.")
        .toResponse(5);
  }

  /** No token, or one this realm did not issue or that has expired. */
  @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
  public Response unauthenticated(RuntimeException e) {
    return Response.fromResponse(
            ProblemDetail.of(
                    "unauthenticated",
                    "Authentication required",
                    401,
                    "A valid bearer token from this retailer's realm is required.")
                .toResponse())
        .header("WWW-Authenticate", "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return ProblemDetail.of(
            "forbidden", "Forbidden", 403, "Your roles do not allow this operation.")
        .toResponse();
  }

  /**
   * What the HTTP layer refuses (a body that is not JSON, an unknown path, a wrong method). Its
   * message may quote the input, so the detail does not repeat it.
   */
  @ServerExceptionMapper
  public Response http(WebApplicationException e) {
    var status = e.getResponse().getStatusInfo();
    return ProblemDetail.ofStatus(
            status, "The request was refused: " + status.getReasonPhrase() + ".")
        .toResponse();
  }
}
