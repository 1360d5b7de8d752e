package io.vitrine.tenant.associates;

import static io.vitrine.tenant.common.problem.ProblemType.ROLE_NOT_GRANTABLE;

import io.quarkus.security.identity.SecurityIdentity;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.common.security.Actors;
import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Store staff accounts in the tenant realm. Retailer admins manage associates and store managers;
 * store managers onboard and offboard associates (their own staff) but not other managers.
 */
@Path("/v1/admin/associates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RETAILER_ADMIN, Roles.STORE_MANAGER})
@SecurityRequirement(name = "SecurityScheme")
public class AssociateResource {

  /** A new staff account: no password, they set one at their first login. */
  public record CreateAssociateRequest(
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(max = 100) String firstName,
      @NotBlank @Size(max = 100) String lastName,
      @NotNull
          @Pattern(
              regexp = "associate|store-manager",
              message = "must be associate or store-manager")
          String role) {}

  private final AssociateService associates;
  private final Database database;
  private final SecurityIdentity identity;
  private final JsonWebToken caller;

  public AssociateResource(
      AssociateService associates,
      Database database,
      SecurityIdentity identity,
      JsonWebToken caller) {
    this.associates = associates;
    this.database = database;
    this.identity = identity;
    this.caller = caller;
  }

  @POST
  @Operation(
      summary =
          "Create an associate or store manager; Keycloak makes them set a password and verify"
              + " their e-mail at first login")
  public Response create(@NotNull @Valid CreateAssociateRequest request, @Context UriInfo uri) {
    requireManageable(request.role());
    Associate created =
        associates.create(request.email(), request.firstName(), request.lastName(), request.role());
    AuditRows.appendAndWait(
        database.client(),
        AuditRow.of(
            Actors.of(caller),
            "associate.created",
            "user",
            created.id(),
            Map.of("role", created.role())));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "Every associate and store manager")
  public List<Associate> list() {
    return associates.list();
  }

  @POST
  @Path("/{id}/disable")
  @Operation(summary = "Disable an account and end its sessions")
  public Associate disable(@PathParam("id") @Pattern(regexp = "[0-9a-fA-F-]{36}") String id) {
    Associate disabled = associates.disable(id, manageableRoles());
    AuditRows.appendAndWait(
        database.client(),
        AuditRow.of(
            Actors.of(caller), "associate.disabled", "user", id, Map.of("role", disabled.role())));
    return disabled;
  }

  private Set<String> manageableRoles() {
    return identity.hasRole(Roles.RETAILER_ADMIN)
        ? Set.copyOf(AssociateService.MANAGED_ROLES)
        : Set.of(Roles.ASSOCIATE);
  }

  private void requireManageable(String role) {
    if (!manageableRoles().contains(role)) {
      throw Problem.of(ROLE_NOT_GRANTABLE, role);
    }
  }
}
