package io.vitrine.tenant.appointments;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.problem.Problem;
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

/** The services each store offers: the retailer admin sets them, everyone at the till reads. */
@Path("/v1/admin/service-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ServiceTypeResource {

  private final AppointmentService appointments;
  private final JsonWebToken caller;

  public ServiceTypeResource(AppointmentService appointments, JsonWebToken caller) {
    this.appointments = appointments;
    this.caller = caller;
  }

  @PUT
  @Path("/{storeId}/{code}")
  @RolesAllowed(Roles.RETAILER_ADMIN)
  @Operation(summary = "Set a service a store offers: its duration and how many at once")
  public Uni<ServiceType> putServiceType(
      @PathParam("storeId") long storeId,
      @PathParam("code") String code,
      @NotNull @Valid AppointmentRequests.ServiceTypeBody body) {
    if (code.length() > 64 || !code.matches(AppointmentRequests.CODE)) {
      throw Problem.invalid("code", "must be lower-case words joined by hyphens, at most 64");
    }
    return appointments.putServiceType(
        new ServiceType(storeId, code, body.durationMinutes(), body.capacity()), Actors.of(caller));
  }

  @GET
  @Path("/{storeId}")
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN, Roles.AUDITOR})
  @Operation(summary = "The services a store offers")
  public Uni<List<ServiceType>> serviceTypes(@PathParam("storeId") long storeId) {
    return appointments.serviceTypes(storeId);
  }
}
