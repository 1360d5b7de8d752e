package io.vitrine.tenant.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document that SmallRye OpenAPI (the generator the Quarkus build runs) makes of the
 * service's classes, with the problem filter applied: every problem type is listed and every error
 * response is a problem. ServiceEndpointsIT checks that the served /q/openapi has them too.
 */
class ProblemOpenApiFilterTest {

  private static JsonNode document;

  @BeforeAll
  static void generate() throws Exception {
    String json =
        SmallRyeOpenAPI.builder()
            .withConfig(new SmallRyeConfigBuilder().build())
            .withIndex(productionClasses())
            .enableModelReader(false)
            .enableStandardStaticFiles(false)
            .addFilter(new ProblemOpenApiFilter())
            .build()
            .toJSON();
    document = new ObjectMapper().readTree(json);
  }

  @Test
  void theDocumentIsGeneratedFromTheResources() {
    assertThat(document.path("paths").has("/v1/admin/stores")).isTrue();
    assertThat(document.path("paths").has("/v1/pos/screen")).isTrue();
  }

  @Test
  void theProblemSchemaListsEveryProblemTypeWithItsMeaning() {
    JsonNode types = problemSchema().path("properties").path("type").path("oneOf");
    var listed = new ArrayList<String>();
    types.forEach(type -> listed.add(type.path("const").asText()));

    assertThat(listed)
        .containsAll(
            Arrays.stream(ProblemType.values()).map(type -> type.uri().toString()).toList())
        .contains("about:blank");
    for (ProblemType kind : ProblemType.values()) {
      JsonNode listedKind = find(types, kind.uri().toString());
      assertThat(listedKind.path("description").asText()).isEqualTo(kind.meaning());
      assertThat(listedKind.path("title").asText()).isEqualTo(kind.status() + " " + kind.title());
    }
  }

  @Test
  void theProblemSchemaHasTheMembersTheApiAnswers() {
    assertThat(fieldNames(problemSchema().path("properties")))
        .containsExactlyInAnyOrder("type", "title", "status", "detail", "errors");
    assertThat(fieldNames(document.at("/components/schemas/FieldError/properties")))
        .containsExactlyInAnyOrder("field", "message");
  }

  @Test
  void everyOperationAnswersItsErrorsAsProblems() {
    List<JsonNode> operations = operations();
    assertThat(operations).isNotEmpty();
    for (JsonNode operation : operations) {
      JsonNode responses = operation.path("responses");
      assertThat(problemRef(responses.path("default")))
          .as("the default response of %s", operation.path("operationId"))
          .isEqualTo("#/components/schemas/Problem");
      responses
          .fieldNames()
          .forEachRemaining(
              status -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                  assertThat(problemRef(responses.path(status)))
                      .as("the %s response of %s", status, operation.path("operationId"))
                      .isEqualTo("#/components/schemas/Problem");
                }
              });
    }
  }

  private static JsonNode problemSchema() {
    return document.at("/components/schemas/Problem");
  }

  private static String problemRef(JsonNode response) {
    return response
        .path("content")
        .path(ProblemDetail.MEDIA_TYPE)
        .path("schema")
        .path("$ref")
        .asText(null);
  }

  private static List<JsonNode> operations() {
    var operations = new ArrayList<JsonNode>();
    document
        .path("paths")
        .forEach(
            path ->
                path.fields()
                    .forEachRemaining(
                        entry -> {
                          if (entry.getValue().has("responses")) {
                            operations.add(entry.getValue());
                          }
                        }));
    return operations;
  }

  private static JsonNode find(JsonNode types, String uri) {
    for (JsonNode type : types) {
      if (type.path("const").asText().equals(uri)) {
        return type;
      }
    }
    throw new AssertionError(uri + " is not listed");
  }

  private static List<String> fieldNames(JsonNode node) {
    var names = new ArrayList<String>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Every class the build compiled from src/main, as Quarkus indexes them. */
  private static Index productionClasses() throws Exception {
    Path classes =
        Path.of(ProblemType.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    var indexer = new Indexer();
    try (Stream<Path> files = Files.walk(classes)) {
      files
          .filter(file -> file.toString().endsWith(".class"))
          .forEach(
              file -> {
                try (InputStream in = Files.newInputStream(file)) {
                  indexer.index(in);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    return indexer.complete();
  }
}
