package io.vitrine.tenant.checkout.recommend;

import static io.vitrine.tenant.flags.FeatureFlags.OFF_ANSWER;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.checkout.CartRequest;
import io.vitrine.tenant.checkout.DecisionService;
import io.vitrine.tenant.checkout.FeedbackRequest;
import io.vitrine.tenant.checkout.FeedbackResponse;
import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The checkout at the till: complementary products for the cart and the associate's decisions on
 * them (allergy screening is {@code ScreeningResource}). The POS calls with the associate's token.
 * Each endpoint first asks whether its feature is on for the store; when it is off, it answers 200
 * with {@code "enabled": false} and computes and records nothing.
 */
@Path("/v1/pos")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
public class RecommendResource {

  private final RecommendService recommendations;
  private final DecisionService decisions;
  private final JsonWebToken token;

  public RecommendResource(
      RecommendService recommendations, DecisionService decisions, JsonWebToken token) {
    this.recommendations = recommendations;
    this.decisions = decisions;
    this.token = token;
  }

  @POST
  @Path("/recommend")
  @Operation(
      summary =
          "Up to three complementary products for the cart, in stock here and safe for the"
              + " customer, each with its reason")
  @APIResponse(
      responseCode = "200",
      description =
          "The suggestions; none when they could not be ranked within the checkout deadline. "
              + OFF_ANSWER)
  @APIResponse(responseCode = "404", description = "No store has the POS location id")
  public Uni<RecommendResponse> recommend(@NotNull @Valid CartRequest cart) {
    return recommendations.recommend(cart, associate());
  }

  @POST
  @Path("/suggestions/{id}/accept")
  @Operation(summary = "The associate accepted a suggestion (the POS adds it to the cart)")
  @APIResponse(responseCode = "200", description = "Recorded. " + OFF_ANSWER)
  @APIResponse(responseCode = "404", description = "No such suggestion")
  @APIResponse(responseCode = "409", description = "Already decided")
  @APIResponse(responseCode = "422", description = "The sku was not suggested")
  public Uni<FeedbackResponse> accept(
      @PathParam("id") @Size(max = 64) String id, @Valid FeedbackRequest feedback) {
    return decisions.accept(id, sku(feedback), associate());
  }

  @POST
  @Path("/suggestions/{id}/reject")
  @Operation(summary = "The associate rejected a suggestion, or all of an answer's, with a reason")
  @APIResponse(responseCode = "200", description = "Recorded. " + OFF_ANSWER)
  @APIResponse(responseCode = "404", description = "No such suggestion")
  @APIResponse(responseCode = "409", description = "Already decided")
  @APIResponse(responseCode = "422", description = "The sku was not suggested")
  public Uni<FeedbackResponse> reject(
      @PathParam("id") @Size(max = 64) String id, @Valid FeedbackRequest feedback) {
    return decisions.reject(id, sku(feedback), reason(feedback), associate());
  }

  /** The associate's Keycloak subject id: audit records name no one. */
  private String associate() {
    return token.getSubject();
  }

  private static String sku(FeedbackRequest feedback) {
    return feedback == null ? null : feedback.sku();
  }

  private static String reason(FeedbackRequest feedback) {
    return feedback == null ? null : feedback.reason();
  }
}
