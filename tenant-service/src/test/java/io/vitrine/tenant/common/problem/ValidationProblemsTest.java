package io.vitrine.tenant.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.tenant.stores.CreateStoreRequest;
import io.vitrine.tenant.stores.StoreResource;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValidationProblemsTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void validator() {
    factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void bodyViolationsNameTheJsonPropertiesNotTheJavaParameter() throws Exception {
    var request = new CreateStoreRequest("", "Paris Opéra", Map.of("region", " "));
    var create = StoreResource.class.getMethod("create", CreateStoreRequest.class, UriInfo.class);

    var problem =
        ProblemDetail.of(
            ValidationProblems.of(
                validator
                    .forExecutables()
                    .validateParameters(
                        new StoreResource(null), create, new Object[] {request, null})));

    assertThat(problem.type()).isEqualTo(URI.create("https://vitrine.io/problems/validation"));
    assertThat(problem.title()).isEqualTo("Invalid request");
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.detail()).isEqualTo("2 fields are invalid.");
    assertThat(problem.errors())
        .extracting(FieldError::field)
        .containsExactly("labels[region]", "posLocationId");
    assertThat(problem.errors()).allSatisfy(error -> assertThat(error.message()).isNotBlank());
  }

  @Test
  void queryParameterViolationsKeepTheParameterName() throws Exception {
    var list = StoreResource.class.getMethod("list", List.class);

    var problem =
        ProblemDetail.of(
            ValidationProblems.of(
                validator
                    .forExecutables()
                    .validateParameters(
                        new StoreResource(null),
                        list,
                        new Object[] {List.of("region:north", "flagship")})));

    assertThat(problem.errors()).containsExactly(new FieldError("label[1]", "must be key:value"));
    assertThat(problem.detail()).isEqualTo("1 field is invalid.");
  }
}
