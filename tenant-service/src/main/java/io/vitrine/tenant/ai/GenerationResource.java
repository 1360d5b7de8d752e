package io.vitrine.tenant.ai;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The audited generations, for auditors: by id, or every one made for a source. */
@Path("/v1/admin/generations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.AUDITOR)
public class GenerationResource {

  private final GenerationAudit audit;

  public GenerationResource(GenerationAudit audit) {
    this.audit = audit;
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One generation: source, model and version, prompt and output hashes")
  public Uni<GenerationRecord> find(@PathParam("id") UUID id) {
    return audit.find(id);
  }

  @GET
  @Operation(summary = "The generations made for a source, oldest first")
  public Uni<List<GenerationRecord>> forSource(
      @QueryParam("source")
          @NotNull
          @Pattern(regexp = "[a-z-]+:.+", message = "must be type:id, e.g. sale:42")
          @Parameter(description = "type:id, e.g. sale:42 or request:<id>")
          String source,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
    int colon = source.indexOf(':');
    return audit.forSource(source.substring(0, colon), source.substring(colon + 1), limit);
  }
}
