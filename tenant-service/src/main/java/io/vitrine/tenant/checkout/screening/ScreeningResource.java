package io.vitrine.tenant.checkout.screening;

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
 * Allergy and avoid-list screening at the till, and the associate's overrides of its alerts. The
 * POS calls with the associate's token. Each endpoint first asks whether screening is on for the
 * store; when it is off, it answers 200 with {@code "enabled": false} and records nothing.
 */
@Path("/v1/pos")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
public class ScreeningResource {

  private final ScreeningService screening;
  private final DecisionService decisions;
  private final JsonWebToken token;

  public ScreeningResource(
      ScreeningService screening, DecisionService decisions, JsonWebToken token) {
    this.screening = screening;
    this.decisions = decisions;
    this.token = token;
  }

  @POST
  @Path("/screen")
  @Operation(
      summary =
          "Cart lines that conflict with the customer's allergies or avoid-list, with safe"
              + " in-stock alternatives")
  @APIResponse(responseCode = "200", description = "The alerts, possibly none. " + OFF_ANSWER)
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
  @Path("/screenings/{id}/override")
  @Operation(summary = "The associate overrides a screening alert and sells the line anyway")
  @APIResponse(responseCode = "200", description = "Recorded. " + OFF_ANSWER)
  @APIResponse(responseCode = "404", description = "No such screening")
  @APIResponse(responseCode = "409", description = "Already overridden")
  @APIResponse(responseCode = "422", description = "The screening raised no alert for the sku")
  public Uni<FeedbackResponse> override(
      @PathParam("id") @Size(max = 64) String id, @Valid FeedbackRequest feedback) {
    return decisions.override(id, sku(feedback), reason(feedback), associate());
  }

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
