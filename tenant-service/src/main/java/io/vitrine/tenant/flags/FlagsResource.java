package io.vitrine.tenant.flags;

import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether a feature is on for a store right now, and under which flags revision. */
@Path("/v1/internal/flags")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = "internal", description = "Called by the Vitrine operator")
public class FlagsResource {

  private final PublishedFeatureFlags flags;

  public FlagsResource(PublishedFeatureFlags flags) {
    this.flags = flags;
  }

  @GET
  @Path("/{feature}/stores/{store}")
  @RolesAllowed({Roles.PLATFORM_OPERATOR, Roles.RETAILER_ADMIN, Roles.AUDITOR})
  @Operation(summary = "Whether a feature is on for a store, and the flags revision in force")
  public StoreFlag flag(@PathParam("feature") String feature, @PathParam("store") String store) {
    Feature known =
        Feature.fromKey(feature)
            .orElseThrow(() -> new NotFoundException("unknown feature " + feature));
    return new StoreFlag(feature, store, flags.enabled(known, store), flags.revision(known));
  }

  /** A feature's flag for one store. */
  public record StoreFlag(String feature, String store, boolean enabled, long revision) {}
}
