package io.vitrine.tenant.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.tenant.stores.PosLocationTakenException;
import io.vitrine.tenant.stores.StoreNotFoundException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

  private final ProblemMappers mappers = new ProblemMappers();

  @Test
  void anUnknownStoreIsA404Problem() {
    var problem = problemOf(mappers.notFound(new StoreNotFoundException(42)), 404);

    assertThat(problem.type()).isEqualTo(URI.create("https://vitrine.io/problems/store-not-found"));
    assertThat(problem.title()).isEqualTo("Store not found");
    assertThat(problem.detail()).isEqualTo("No store has id 42.");
  }

  @Test
  void aTakenPosLocationIsA409Problem() {
    var problem = problemOf(mappers.conflict(new PosLocationTakenException("paris-1")), 409);

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

  private static ProblemDetail problemOf(Response response, int status) {
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getMediaType()).hasToString(ProblemDetail.MEDIA_TYPE);
    var problem = (ProblemDetail) response.getEntity();
    assertThat(problem.status()).isEqualTo(status);
    return problem;
  }
}
