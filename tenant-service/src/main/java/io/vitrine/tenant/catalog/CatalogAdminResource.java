package io.vitrine.tenant.catalog;

import static io.vitrine.tenant.common.problem.ProblemType.IMPORT_NOT_FOUND;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.common.security.Actors;
import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Catalog administration, for retailer admins only (the catalog is chain-wide): imports from CSV or
 * JSON, their progress and row errors, and a full rebuild of the search index.
 */
@Path("/v1/admin/catalog")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RETAILER_ADMIN)
@SecurityRequirement(name = "SecurityScheme")
public class CatalogAdminResource {

  private final CatalogImportService imports;
  private final Database database;
  private final JsonWebToken caller;

  public CatalogAdminResource(
      CatalogImportService imports, Database database, JsonWebToken caller) {
    this.imports = imports;
    this.database = database;
    this.caller = caller;
  }

  @POST
  @Path("/imports")
  @Consumes("text/csv")
  @Operation(
      summary =
          "Import products from CSV with a header line (sku and name required); runs in the"
              + " background: follow the Location")
  public Response importCsv(String body, @Context UriInfo uri) {
    return start(ImportFormat.CSV, CatalogFiles.csv(body == null ? "" : body), uri);
  }

  @POST
  @Path("/imports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Import products from a JSON array; runs in the background: follow the Location")
  public Response importJson(JsonNode body, @Context UriInfo uri) {
    return start(ImportFormat.JSON, CatalogFiles.json(body), uri);
  }

  @GET
  @Path("/imports/{id}")
  @Operation(summary = "An import's progress and the rows it refused, with field and reason")
  public ImportJob status(@PathParam("id") UUID id) {
    return imports.find(id).orElseThrow(() -> Problem.of(IMPORT_NOT_FOUND, id));
  }

  @POST
  @Path("/reindex")
  @Operation(
      summary =
          "Rebuild the search index from the stored products into a new index and swap the alias"
              + " to it; searches keep answering throughout")
  public CatalogIndex.Rebuild reindex() throws InterruptedException {
    return imports.rebuild(Actors.of(caller));
  }

  private Response start(ImportFormat format, List<RawRow> rows, UriInfo uri) {
    String actor = Actors.of(caller);
    UUID id = imports.start(format, rows, actor);
    AuditRows.appendAndWait(
        database.client(),
        AuditRow.of(
            actor,
            "catalog.import.requested",
            "catalog-import",
            id.toString(),
            Map.of("format", format.name(), "rows", rows.size())));
    return Response.accepted(Map.of("id", id, "status", ImportJob.Status.QUEUED))
        .location(
            uri.getBaseUriBuilder().path("/v1/admin/catalog/imports").path(id.toString()).build())
        .build();
  }
}
