package io.vitrine.tenant.stores;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The retailer's stores: associates and auditors read, store managers and admins change. */
@Path("/v1/admin/stores")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class StoreResource {

  private static final String LABEL_FILTER = "[^:]+:.*";

  private final StoreService stores;

  public StoreResource(StoreService stores) {
    this.stores = stores;
  }

  @GET
  @RolesAllowed({
    Roles.ASSOCIATE,
    Roles.AUDITOR,
    Roles.STORE_MANAGER,
    Roles.RETAILER_ADMIN,
    Roles.PLATFORM_OPERATOR
  })
  @Operation(summary = "List stores, optionally only those carrying every given label")
  public Uni<List<StoreResponse>> list(
      @QueryParam("label")
          @Parameter(description = "key:value, repeatable; a store must carry all of them")
          List<@Pattern(regexp = LABEL_FILTER, message = "must be key:value") String> label) {
    return stores
        .list(requiredLabels(label))
        .map(found -> found.stream().map(StoreResponse::of).toList());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.ASSOCIATE, Roles.AUDITOR, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(summary = "One store")
  public Uni<StoreResponse> get(@PathParam("id") long id) {
    return stores.get(id).map(StoreResponse::of);
  }

  @POST
  @RolesAllowed({Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(
      summary =
          "Add a store; its POS location id must be new; latitude and longitude are optional,"
              + " together")
  public Uni<Response> create(@NotNull @Valid CreateStoreRequest request, @Context UriInfo uri) {
    return stores
        .create(
            request.posLocationId(),
            request.name(),
            request.labelsOrEmpty(),
            coordinates(request.latitude(), request.longitude()))
        .map(
            store ->
                Response.created(
                        uri.getAbsolutePathBuilder().path(Long.toString(store.id())).build())
                    .entity(StoreResponse.of(store))
                    .build());
  }

  @PUT
  @Path("/{id}/labels")
  @RolesAllowed({Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(summary = "Replace a store's labels")
  public Uni<StoreResponse> replaceLabels(
      @PathParam("id") long id, @NotNull @Valid StoreLabelsRequest request) {
    return stores.replaceLabels(id, request.labels()).map(StoreResponse::of);
  }

  @PUT
  @Path("/{id}/coordinates")
  @RolesAllowed({Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(summary = "Set where a store is (WGS 84 degrees), for nearest-first stock lookups")
  public Uni<StoreResponse> replaceCoordinates(
      @PathParam("id") long id, @NotNull @Valid CoordinatesRequest request) {
    return stores
        .replaceCoordinates(id, new Coordinates(request.latitude(), request.longitude()))
        .map(StoreResponse::of);
  }

  @DELETE
  @Path("/{id}/coordinates")
  @RolesAllowed({Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(summary = "Forget where a store is")
  public Uni<StoreResponse> clearCoordinates(@PathParam("id") long id) {
    return stores.replaceCoordinates(id, null).map(StoreResponse::of);
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(summary = "Remove a store")
  public Uni<Response> delete(@PathParam("id") long id) {
    return stores.delete(id).map(done -> Response.noContent().build());
  }

  /** Both or neither: one without the other is refused, naming the missing one. */
  private static Coordinates coordinates(Double latitude, Double longitude) {
    if ((latitude == null) != (longitude == null)) {
      throw Problem.invalid(
          latitude == null ? "latitude" : "longitude", "is required with the other coordinate");
    }
    return Coordinates.ofNullable(latitude, longitude);
  }

  private static Map<String, String> requiredLabels(List<String> filters) {
    var labels = new LinkedHashMap<String, String>();
    if (filters != null) {
      for (String filter : filters) {
        int colon = filter.indexOf(':');
        labels.put(filter.substring(0, colon), filter.substring(colon + 1));
      }
    }
    return labels;
  }
}
