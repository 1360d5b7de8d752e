package io.vitrine.tenant.stock;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.common.security.Actors;
import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Stock imports for retailers whose POS publishes no counts, retailer admins only. An import is
 * applied while the request waits (counts are small rows, written a thousand per statement) and
 * answers with its report.
 */
@Path("/v1/admin/stock")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RETAILER_ADMIN)
@SecurityRequirement(name = "SecurityScheme")
public class StockAdminResource {

  /** Well above what the largest allowed file takes, below the clients' usual timeouts. */
  private static final Duration WAIT = Duration.ofMinutes(2);

  private final StockImportService imports;
  private final JsonWebToken caller;

  public StockAdminResource(StockImportService imports, JsonWebToken caller) {
    this.imports = imports;
    this.caller = caller;
  }

  @POST
  @Path("/imports")
  @Consumes("text/csv")
  @Operation(
      summary =
          "Import counts from CSV with a header line: store (POS location id), sku, quantity, and"
              + " optionally counted_at; answers the rows applied, unchanged and refused")
  public StockImportReport importCsv(String body) {
    return run(StockFiles.csv(body == null ? "" : body));
  }

  @POST
  @Path("/imports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Import counts from a JSON array of {store, sku, quantity, counted_at?}; answers the rows"
              + " applied, unchanged and refused")
  public StockImportReport importJson(JsonNode body) {
    return run(StockFiles.json(body));
  }

  private StockImportReport run(List<StockFileRow> rows) {
    return imports.run(rows, Actors.of(caller)).await().atMost(WAIT);
  }
}
