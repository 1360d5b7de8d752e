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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Service appointments at the till: associates and up book, move and cancel; auditors read. */
@Path("/v1/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class AppointmentResource {

  private static final Duration LONGEST_LISTING = Duration.ofDays(62);

  private final AppointmentService appointments;
  private final JsonWebToken caller;

  public AppointmentResource(AppointmentService appointments, JsonWebToken caller) {
    this.appointments = appointments;
    this.caller = caller;
  }

  @POST
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(summary = "Book a service appointment; 409 when the slot is full")
  public Uni<Response> book(@NotNull @Valid AppointmentRequests.Book request) {
    return appointments
        .book(request, Actors.of(caller))
        .map(
            booked ->
                Response.status(Response.Status.CREATED)
                    .header("Location", "/v1/appointments/" + booked.id())
                    .entity(booked)
                    .build());
  }

  @GET
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN, Roles.AUDITOR})
  @Operation(summary = "A store's booked appointments between from and to (at most 62 days)")
  public Uni<List<Appointment>> booked(
      @QueryParam("store") @NotNull Long storeId,
      @QueryParam("from") @NotNull Instant from,
      @QueryParam("to") @NotNull Instant to) {
    if (!to.isAfter(from) || Duration.between(from, to).compareTo(LONGEST_LISTING) > 0) {
      throw Problem.invalid("to", "must be after from, at most 62 days later");
    }
    return appointments.booked(storeId, from, to);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN, Roles.AUDITOR})
  @Operation(summary = "One appointment")
  public Uni<Appointment> get(@PathParam("id") long id) {
    return appointments.get(id);
  }

  @POST
  @Path("/{id}/reschedule")
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(summary = "Move a booked appointment; 409 when the new slot is full")
  public Uni<Appointment> reschedule(
      @PathParam("id") long id, @NotNull @Valid AppointmentRequests.Reschedule request) {
    return appointments.reschedule(id, request, Actors.of(caller));
  }

  @POST
  @Path("/{id}/cancel")
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(summary = "Cancel a booked appointment")
  public Uni<Appointment> cancel(
      @PathParam("id") long id, @NotNull @Valid AppointmentRequests.Cancel request) {
    return appointments.cancel(id, request, Actors.of(caller));
  }
}
