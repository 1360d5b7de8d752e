package io.vitrine.tenant.common.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the API's errors in the OpenAPI document: a {@code Problem} schema whose {@code type}
 * lists every {@link ProblemType} with its status, title and meaning, and every operation's error
 * responses answered as that schema in {@code application/problem+json}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemOpenApiFilter implements OASFilter {

  private static final String PROBLEM_SCHEMA = "Problem";
  private static final String FIELD_ERROR_SCHEMA = "FieldError";
  private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.setComponents(OASFactory.createComponents());
    }
    Components components = openApi.getComponents();
    components.addSchema(FIELD_ERROR_SCHEMA, fieldError());
    components.addSchema(PROBLEM_SCHEMA, problem());
    if (openApi.getPaths() != null) {
      openApi.getPaths().getPathItems().values().stream()
          .flatMap(path -> path.getOperations().values().stream())
          .forEach(ProblemOpenApiFilter::answerErrorsAsProblems);
    }
  }

  /**
   * Error statuses an operation declares get the problem body; any other status it may answer is
   * its {@code default} response, a problem too.
   */
  private static void answerErrorsAsProblems(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    Map<String, APIResponse> declared =
        responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses();
    for (Map.Entry<String, APIResponse> response : declared.entrySet()) {
      boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
      if (error && response.getValue().getContent() == null) {
        response.getValue().setContent(problemContent());
      }
    }
    if (responses.getDefaultValue() == null) {
      responses.setDefaultValue(
          OASFactory.createAPIResponse()
              .description("A problem (RFC 9457): its type says which one.")
              .content(problemContent()));
    }
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            ProblemDetail.MEDIA_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
  }

  private static Schema problem() {
    return OASFactory.createSchema()
        .addType(SchemaType.OBJECT)
        .description("An error, as RFC 9457 problem details.")
        .addProperty("type", problemTypes())
        .addProperty(
            "title", text("The problem type's title (or the HTTP status's, for about:blank)."))
        .addProperty(
            "status",
            OASFactory.createSchema().addType(SchemaType.INTEGER).description("The HTTP status."))
        .addProperty("detail", text("What happened this time, for a person."))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(SchemaType.ARRAY)
                .description("For a validation problem: each invalid field and what is wrong.")
                .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR_SCHEMA)))
        .addRequired("type")
        .addRequired("title")
        .addRequired("status");
  }

  /** One {@code const} per problem type, each with its status, title and meaning. */
  private static Schema problemTypes() {
    Schema type =
        OASFactory.createSchema()
            .addType(SchemaType.STRING)
            .format("uri")
            .description("What kind of problem this is: one of the URIs below.");
    for (ProblemType kind : ProblemType.values()) {
      type.addOneOf(
          OASFactory.createSchema()
              .constValue(kind.uri().toString())
              .title(kind.status() + " " + kind.title())
              .description(kind.meaning()));
    }
    return type.addOneOf(
        OASFactory.createSchema()
            .constValue("about:blank")
            .title("The HTTP status only")
            .description(
                "The HTTP layer refused the request (a body that is not JSON, an unknown path, a"
                    + " method the path does not take): title and status are the HTTP status's."));
  }

  private static Schema fieldError() {
    return OASFactory.createSchema()
        .addType(SchemaType.OBJECT)
        .description("One invalid input.")
        .addProperty(
            "field", text("A JSON property path or a parameter name, e.g. labels[region]."))
        .addProperty("message", text("What is wrong with it."));
  }

  private static Schema text(String description) {
    return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
  }
}
