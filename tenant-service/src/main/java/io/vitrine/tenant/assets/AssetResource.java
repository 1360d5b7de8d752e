package io.vitrine.tenant.assets;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.common.problem.ProblemType;
import io.vitrine.tenant.common.security.Actors;
import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Serialized assets at the till: look-up by serial or customer, what one asset is (sold by us?,
 * warranty left, service history, open tasks), its chain of custody, what happened to it, its
 * authentication and its digital product passport. Associates and up record and read; auditors
 * read; reporting a theft and extending a warranty are the store manager's.
 */
@Path("/v1/assets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class AssetResource {

  private final AssetService assets;
  private final AuthenticationService authentications;
  private final WarrantyService warranties;
  private final JsonWebToken caller;
  private final SecurityIdentity identity;

  public AssetResource(
      AssetService assets,
      AuthenticationService authentications,
      WarrantyService warranties,
      JsonWebToken caller,
      SecurityIdentity identity) {
    this.assets = assets;
    this.authentications = authentications;
    this.warranties = warranties;
    this.caller = caller;
    this.identity = identity;
  }

  @GET
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN, Roles.AUDITOR})
  @Operation(summary = "Assets by serial, or those a customer holds (one of the two)")
  public Uni<List<AssetView.Summary>> find(
      @QueryParam("serial") @Size(max = 64) String serial,
      @QueryParam("customer") @Size(max = 128) String customer) {
    if ((serial == null) == (customer == null)) {
      throw Problem.invalid("serial", "give either serial or customer");
    }
    return serial != null ? assets.bySerial(serial) : assets.byOwner(customer);
  }

  @GET
  @Path("/custody")
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN, Roles.AUDITOR})
  @Operation(summary = "The chain of custody of a serial (of one product, if sku is given)")
  public Uni<List<CustodyEvent>> custody(
      @QueryParam("serial") @NotNull @Size(min = 1, max = 64) String serial,
      @QueryParam("sku") @Size(max = 128) String sku) {
    return assets.custody(serial, sku);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN, Roles.AUDITOR})
  @Operation(
      summary = "One asset: sold by us (the sale), warranty left, service history, open tasks")
  public Uni<AssetView> get(@PathParam("id") long id) {
    return assets.view(id);
  }

  @GET
  @Path("/{id}/custody")
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN, Roles.AUDITOR})
  @Operation(summary = "The asset's chain of custody, oldest first")
  public Uni<List<CustodyEvent>> custodyOf(@PathParam("id") long id) {
    return assets.custody(id);
  }

  @POST
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(summary = "Receive an item into a store: a new asset, or a known one bought back")
  public Uni<AssetService.Touch> receive(@NotNull @Valid AssetRequests.Receive request) {
    return assets.receive(request, Actors.of(caller));
  }

  @POST
  @Path("/{id}/events")
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(
      summary =
          "Record a transfer, service, return, resale, receipt or (store manager) a theft;"
              + " a touch of a stolen asset is flagged")
  public Uni<AssetService.Touch> record(
      @PathParam("id") long id, @NotNull @Valid AssetRequests.Event request) {
    if (request.kind() == AssetEventKind.REPORTED_STOLEN && !managesStores()) {
      throw Problem.of(ProblemType.FORBIDDEN);
    }
    return assets.record(id, request, Actors.of(caller));
  }

  @POST
  @Path("/{id}/authentications")
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(summary = "Record who checked the asset, against what, and the result")
  public Uni<AuthenticationService.Record> authenticate(
      @PathParam("id") long id, @NotNull @Valid AssetRequests.Authentication request) {
    return authentications.authenticate(id, request, Actors.of(caller));
  }

  @GET
  @Path("/{id}/passport")
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN, Roles.AUDITOR})
  @Operation(summary = "The asset's GS1 Digital Link URI (GTIN and serial), for the receipt")
  public Uni<Map<String, String>> passport(@PathParam("id") long id) {
    return assets.passport(id).map(uri -> Map.of("uri", uri));
  }

  @GET
  @Path("/{id}/warranty")
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN, Roles.AUDITOR})
  @Operation(summary = "The asset's coverage left")
  public Uni<WarrantyStatus> warranty(@PathParam("id") long id) {
    return assets.warranty(id);
  }

  @POST
  @Path("/{id}/warranty/extensions")
  @RolesAllowed({Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(summary = "Extend the asset's coverage (a protection plan sold, or goodwill)")
  public Uni<WarrantyStatus> extend(
      @PathParam("id") long id, @NotNull @Valid AssetRequests.Extension request) {
    return warranties.extend(id, request, Actors.of(caller));
  }

  @GET
  @Path("/tasks")
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN, Roles.AUDITOR})
  @Operation(summary = "Open tasks: serials missing at sale, duplicate serials, stolen touches")
  public Uni<List<AssetTask>> tasks(@QueryParam("store") Long storeId) {
    return assets.openTasks(storeId);
  }

  @POST
  @Path("/tasks/{taskId}/resolve")
  @Consumes(MediaType.WILDCARD) // no body: a till posts it bare
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(summary = "Mark a task resolved")
  public Uni<Void> resolve(@PathParam("taskId") long taskId) {
    return assets.resolveTask(taskId, Actors.of(caller));
  }

  private boolean managesStores() {
    return identity.hasRole(Roles.STORE_MANAGER) || identity.hasRole(Roles.RETAILER_ADMIN);
  }
}
