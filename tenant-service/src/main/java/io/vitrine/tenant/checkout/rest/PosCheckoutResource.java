package io.vitrine.tenant.checkout.rest;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.checkout.api.CartRequest;
import io.vitrine.tenant.checkout.api.FeedbackRequest;
import io.vitrine.tenant.checkout.api.FeedbackResponse;
import io.vitrine.tenant.checkout.api.RecommendResponse;
import io.vitrine.tenant.checkout.api.ScreenResponse;
import io.vitrine.tenant.checkout.service.DecisionService;
import io.vitrine.tenant.checkout.service.RecommendService;
import io.vitrine.tenant.checkout.service.ScreeningService;
import io.vitrine.tenant.rest.Roles;
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
 * The checkout at the till: recommendations, allergy screening and the associate's decisions on
 * them. The POS calls with the associate's token. Each endpoint first asks whether its feature is
 * on for the store; when it is off, it answers 200 with {@code "enabled": false} and computes and
 * records nothing.
 */
@Path("/v1/pos")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
public class PosCheckoutResource {

  private static final String OFF =
      "Also when the feature is off for the store: then \"enabled\" is false and nothing else is"
          + " set.";

  private final RecommendService recommendations;
  private final ScreeningService screening;
  private final DecisionService decisions;
  private final JsonWebToken token;

  public PosCheckoutResource(
      RecommendService recommendations,
      ScreeningService screening,
      DecisionService decisions,
      JsonWebToken token) {
    this.recommendations = recommendations;
    this.screening = screening;
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
              + OFF)
  @APIResponse(responseCode = "404", description = "No store has the POS location id")
  public Uni<RecommendResponse> recommend(@NotNull @Valid CartRequest cart) {
    return recommendations.recommend(cart, associate());
  }

  @POST
  @Path("/screen")
  @Operation(
      summary =
          "Cart lines that conflict with the customer's allergies or avoid-list, with safe"
              + " in-stock alternatives")
  @APIResponse(responseCode = "200", description = "The alerts, possibly none. " + OFF)
  @APIResponse(responseCode = "404", description = "No store has the POS location id")
  @APIResponse(
      responseCode = "503",
      description =
          "Warming up, or the screening missed its deadline (type checkout-deadline-exceeded):"
              + " no partial answer is given; retry after Retry-After")
  public Uni<ScreenResponse> screen(@NotNull @Valid CartRequest cart) {
    return screening.screen(cart, associate());
  }

  @POST
  @Path("/suggestions/{id}/accept")
  @Operation(summary = "The associate accepted a suggestion (the POS adds it to the cart)")
  @APIResponse(responseCode = "200", description = "Recorded. " + OFF)
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
  @APIResponse(responseCode = "200", description = "Recorded. " + OFF)
  @APIResponse(responseCode = "404", description = "No such suggestion")
  @APIResponse(responseCode = "409", description = "Already decided")
  @APIResponse(responseCode = "422", description = "The sku was not suggested")
  public Uni<FeedbackResponse> reject(
      @PathParam("id") @Size(max = 64) String id, @Valid FeedbackRequest feedback) {
    return decisions.reject(id, sku(feedback), reason(feedback), associate());
  }

  @POST
  @Path("/screenings/{id}/override")
  @Operation(summary = "The associate overrides a screening alert and sells the line anyway")
  @APIResponse(responseCode = "200", description = "Recorded. " + OFF)
  @APIResponse(responseCode = "404", description = "No such screening")
  @APIResponse(responseCode = "409", description = "Already overridden")
  @APIResponse(responseCode = "422", description = "The screening raised no alert for the sku")
  public Uni<FeedbackResponse> override(
      @PathParam("id") @Size(max = 64) String id, @Valid FeedbackRequest feedback) {
    return decisions.override(id, sku(feedback), reason(feedback), associate());
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
