package io.vitrine.tenant.assets;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.security.Actors;
import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The retailer's warranty rules and serial capture rules: the retailer admin's configuration. */
@Path("/v1/admin/assets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class AssetAdminResource {

  private final WarrantyService warranties;
  private final JsonWebToken caller;

  public AssetAdminResource(WarrantyService warranties, JsonWebToken caller) {
    this.warranties = warranties;
    this.caller = caller;
  }

  @GET
  @Path("/warranty-rules")
  @RolesAllowed({Roles.RETAILER_ADMIN, Roles.STORE_MANAGER, Roles.AUDITOR})
  @Operation(summary = "The retailer's warranty rules, by SKU")
  public Uni<List<WarrantyRule>> warrantyRules() {
    return warranties.rules();
  }

  @PUT
  @Path("/warranty-rules/{sku}")
  @RolesAllowed(Roles.RETAILER_ADMIN)
  @Operation(
      summary =
          "Set a product's warranty: months, start basis, transferable, what a repair under"
              + " warranty does")
  public Uni<WarrantyRule> putWarrantyRule(
      @PathParam("sku") String sku, @NotNull @Valid AssetRequests.WarrantyRuleBody body) {
    return warranties.putRule(sku, body, Actors.of(caller));
  }

  @GET
  @Path("/serial-rules/{provider}")
  @RolesAllowed({Roles.RETAILER_ADMIN, Roles.STORE_MANAGER, Roles.AUDITOR})
  @Operation(summary = "Where the serial is on this POS's sale lines (the default if none is set)")
  public Uni<SerialRuleView> serialRule(@PathParam("provider") String provider) {
    return warranties.serialRule(provider).map(SerialRuleView::of);
  }

  @PUT
  @Path("/serial-rules/{provider}")
  @RolesAllowed(Roles.RETAILER_ADMIN)
  @Operation(summary = "Say where the serial is on this POS's sale lines")
  public Uni<SerialRuleView> putSerialRule(
      @PathParam("provider") String provider, @NotNull @Valid AssetRequests.SerialRuleBody body) {
    return warranties.putSerialRule(provider, body, Actors.of(caller)).map(SerialRuleView::of);
  }

  /** A serial rule as JSON: the pattern as text. */
  public record SerialRuleView(SerialRule.Source source, String name, String pattern) {
    static SerialRuleView of(SerialRule rule) {
      return new SerialRuleView(
          rule.source(), rule.name(), rule.pattern() == null ? null : rule.pattern().pattern());
    }
  }
}
