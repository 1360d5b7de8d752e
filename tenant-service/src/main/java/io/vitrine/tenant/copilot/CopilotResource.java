package io.vitrine.tenant.copilot;

import static io.vitrine.tenant.flags.FeatureFlags.OFF_ANSWER;

import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The associate copilot: questions answered from the catalog and knowledge base, with sources. */
@Path("/v1/copilot")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class CopilotResource {

  private final CopilotService copilot;
  private final JsonWebToken token;

  public CopilotResource(CopilotService copilot, JsonWebToken token) {
    this.copilot = copilot;
    this.token = token;
  }

  @POST
  @Path("/questions")
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(
      summary =
          "Answer a question from the catalog and the knowledge base, citing its sources; stock,"
              + " loyalty and screening facts come from their tools")
  @APIResponse(responseCode = "200", description = "The answer. " + OFF_ANSWER)
  public CopilotAnswer ask(@NotNull @Valid CopilotRequest request) {
    return copilot.answer(request, token.getSubject());
  }

  @POST
  @Path("/retrievals")
  @RolesAllowed(Roles.RETAILER_ADMIN)
  @Operation(
      summary =
          "What BM25, vectors or both fused retrieve for a question (the copilot uses both): for"
              + " evaluating the knowledge base and the catalog")
  public Retrieval retrieve(@NotNull @Valid RetrievalRequest request) {
    return copilot.retrieve(request);
  }
}
