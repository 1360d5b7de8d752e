package io.vitrine.tenant.common.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.sqlclient.DatabaseException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error the API answers, as RFC 9457 problem details: a {@link Problem} a feature threw, and
 * the few refusals of the framework, each translated into a {@link Problem} or an HTTP status.
 */
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
    return problem(ValidationProblems.of(e.getConstraintViolations()));
  }

  @ServerExceptionMapper
  public Response databaseUnavailable(SQLException e) {
    return problem(Problem.of(ProblemType.DATABASE_UNAVAILABLE).causedBy(e));
  }

  /** The same answer as for JDBC, from the reactive client every feature uses. */
  @ServerExceptionMapper
  public Response databaseUnavailable(DatabaseException e) {
    return problem(Problem.of(ProblemType.DATABASE_UNAVAILABLE).causedBy(e));
  }

  /** No token, or one this realm did not issue or that has expired. */
  @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
  public Response unauthenticated(RuntimeException e) {
    return Response.fromResponse(problem(Problem.of(ProblemType.UNAUTHENTICATED)))
        .header("WWW-Authenticate", "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return problem(Problem.of(ProblemType.FORBIDDEN));
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
