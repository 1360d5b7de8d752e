package io.vitrine.tenant.loyalty;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Loyalty standing of a member, for associates at the till and their managers. */
@Path("/v1/loyalty")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class LoyaltyResource {

  private final LoyaltyService loyalty;

  public LoyaltyResource(LoyaltyService loyalty) {
    this.loyalty = loyalty;
  }

  @GET
  @Path("/{customerPseudonym}")
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(summary = "A member's points, tier, next tier and recent accruals")
  public Uni<LoyaltySummary> get(
      @PathParam("customerPseudonym") @Size(max = 200) String customerPseudonym) {
    return loyalty.summary(customerPseudonym);
  }
}
