package io.vitrine.tenant.common.problem;

import static io.vitrine.tenant.common.problem.ProblemType.CATALOG_UNAVAILABLE;
import static io.vitrine.tenant.common.problem.ProblemType.POS_LOCATION_TAKEN;
import static io.vitrine.tenant.common.problem.ProblemType.STORE_NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

  private final ProblemMappers mappers = new ProblemMappers();

  @Test
  void anUnknownStoreIsA404Problem() {
    var problem = problemOf(mappers.problem(Problem.of(STORE_NOT_FOUND, 42L)), 404);

    assertThat(problem.type()).isEqualTo(URI.create("https://vitrine.io/problems/store-not-found"));
    assertThat(problem.title()).isEqualTo("Store not found");
    assertThat(problem.detail()).isEqualTo("No store has id 42.");
  }

  @Test
  void aTakenPosLocationIsA409Problem() {
    var problem = problemOf(mappers.problem(Problem.of(POS_LOCATION_TAKEN, "paris-1")), 409);

    assertThat(problem.type())
        .isEqualTo(URI.create("https://vitrine.io/problems/pos-location-taken"));
    assertThat(problem.detail()).contains("'paris-1'");
  }

  @Test
  void anHttpRefusalKeepsItsStatusAndDoesNotEchoItsMessage() {
    var problem =
        problemOf(mappers.http(new NotAllowedException("secret input", "GET", new String[0])), 405);

    assertThat(problem.type()).isEqualTo(URI.create("about:blank"));
    assertThat(problem.title()).isEqualTo("Method Not Allowed");
    assertThat(problem.detail()).doesNotContain("secret input");
  }

  @Test
  void invalidInputNamesEveryFieldAndCountsThem() {
    var errors =
        List.of(new FieldError("from", "must be before to"), new FieldError("store", "too many"));

    var problem = problemOf(mappers.problem(Problem.invalid(errors)), 400);

    assertThat(problem.type()).isEqualTo(URI.create("https://vitrine.io/problems/validation"));
    assertThat(problem.title()).isEqualTo("Invalid request");
    assertThat(problem.detail()).isEqualTo("2 fields are invalid.");
    assertThat(problem.errors()).isEqualTo(errors);
  }

  @Test
  void aProblemOfAnotherKindHasNoErrorsMember() {
    var problem = problemOf(mappers.problem(Problem.of(STORE_NOT_FOUND, 1L)), 404);

    assertThat(problem.errors()).isEmpty();
  }

  @Test
  void aTemporaryUnavailabilitySaysWhenToRetryAndKeepsItsReasonFromTheClient() {
    var unavailable =
        Problem.of(CATALOG_UNAVAILABLE)
            .because("no index behind catalog-aster")
            .causedBy(new IOException("connection refused"));

    Response response = mappers.problem(unavailable);
    var problem = problemOf(response, 503);

    assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
    assertThat(problem.detail()).isEqualTo("The catalog cannot be reached now; retry later.");
    assertThat(unavailable.getMessage()).isEqualTo("no index behind catalog-aster");
    assertThat(unavailable.getCause()).hasMessage("connection refused");
  }

  @Test
  void aDatabaseFailureIsARetryableProblem() {
    Response response = mappers.databaseUnavailable(new SQLException("secret host"));
    var problem = problemOf(response, 503);

    assertThat(problem.type())
        .isEqualTo(URI.create("https://vitrine.io/problems/database-unavailable"));
    assertThat(problem.detail()).doesNotContain("secret host");
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
  }

  @Test
  void noTokenIsAnUnauthenticatedProblemThatAsksForABearerToken() {
    Response response = mappers.unauthenticated(new UnauthorizedException());
    var problem = problemOf(response, 401);

    assertThat(problem.type()).isEqualTo(URI.create("https://vitrine.io/problems/unauthenticated"));
    assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");
  }

  @Test
  void aRoleThatDoesNotAllowTheOperationIsAForbiddenProblem() {
    var problem = problemOf(mappers.forbidden(new ForbiddenException()), 403);

    assertThat(problem.type()).isEqualTo(URI.create("https://vitrine.io/problems/forbidden"));
    assertThat(problem.detail()).isEqualTo("Your roles do not allow this operation.");
  }

  private static ProblemDetail problemOf(Response response, int status) {
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getMediaType()).hasToString(ProblemDetail.MEDIA_TYPE);
    var problem = (ProblemDetail) response.getEntity();
    assertThat(problem.status()).isEqualTo(status);
    return problem;
  }
}
