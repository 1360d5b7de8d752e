package io.vitrine.tenant.stock;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Where an item is: its stock in every store that has a count of it, nearest first. */
@Path("/v1/stock")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
@SecurityRequirement(name = "SecurityScheme")
public class StockResource {

  private final StockService stock;

  public StockResource(StockService stock) {
    this.stock = stock;
  }

  @GET
  // A SKU may hold a slash (catalog SKUs allow one): the path takes the rest of the URL.
  @Path("/{sku: .+}")
  @Operation(
      summary =
          "The SKU's stock in each store with a count of it (IN_STOCK, STALE or OUT_OF_STOCK),"
              + " the store asked from first, then the nearest")
  public Uni<StockAvailability> availability(
      @PathParam("sku") @Size(min = 1, max = 64) String sku,
      @QueryParam("near")
          @Parameter(description = "a store id: that store first, then by distance from it")
          Long near) {
    return stock.availability(sku, near);
  }
}
