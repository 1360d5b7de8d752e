package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vitrine.tenant.common.problem.ProblemType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What the platform and client developers rely on: readiness, the OpenAPI document, errors. */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
class ServiceEndpointsIT {

  @Test
  void readinessReportsThePostgresqlConnections() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("Reactive PostgreSQL connections health check"));
  }

  @Test
  void theOpenApiDocumentDescribesTheStoresApi() {
    given()
        .accept(ContentType.JSON)
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("paths", hasKey("/v1/admin/stores"))
        .body("paths", hasKey("/v1/admin/stores/{id}"));
  }

  @Test
  void theOpenApiDocumentListsEveryProblemType() {
    var listed =
        given()
            .accept(ContentType.JSON)
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("components.schemas.Problem.properties.type.oneOf.const", String.class);

    assertThat(listed)
        .containsAll(
            Arrays.stream(ProblemType.values()).map(type -> type.uri().toString()).toList());
  }

  @Test
  void aBodyThatIsNotJsonIsAProblemToo() {
    given()
        .auth()
        .oauth2(Tokens.of("retailer-admin"))
        .contentType(ContentType.JSON)
        .body("{\"posLocationId\": ")
        .post("/v1/admin/stores")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("about:blank"))
        .body("title", equalTo("Bad Request"))
        .body("status", equalTo(400));
  }

  @Test
  void anUnknownStoreIdIsANotFoundProblem() {
    given()
        .auth()
        .oauth2(Tokens.of("auditor"))
        .get("/v1/admin/stores/999999999")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("https://vitrine.io/problems/store-not-found"));
  }
}
