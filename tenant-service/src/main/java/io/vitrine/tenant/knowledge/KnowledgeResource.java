package io.vitrine.tenant.knowledge;

import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.common.security.Actors;
import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The knowledge base, for retailer admins: upload a document as Markdown, HTML or PDF (the body,
 * with its Content-Type), list, read, replace and delete. Answers once the passages are searchable.
 */
@Path("/v1/admin/knowledge/documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RETAILER_ADMIN)
@SecurityRequirement(name = "SecurityScheme")
public class KnowledgeResource {

  private static final String KINDS = "care-guide|product-manual|warranty|return-policy|other";
  private static final String FORMATS = "text/markdown, text/html or application/pdf";

  private final KnowledgeService knowledge;
  private final JsonWebToken caller;

  public KnowledgeResource(KnowledgeService knowledge, JsonWebToken caller) {
    this.knowledge = knowledge;
    this.caller = caller;
  }

  @POST
  @Consumes({"text/markdown", MediaType.TEXT_HTML, "application/pdf"})
  @Operation(
      summary =
          "Upload a document (" + FORMATS + "); it is split into passages, embedded and indexed")
  public Response upload(
      @QueryParam("title") @NotBlank @Size(max = 200) String title,
      @QueryParam("kind") @NotBlank @Pattern(regexp = KINDS) String kind,
      @QueryParam("source") @Size(max = 500) @Parameter(description = "where it is published")
          String source,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      byte[] body,
      @Context UriInfo uri) {
    KnowledgeWrite written =
        knowledge.create(upload(title, kind, source, contentType, body), Actors.of(caller));
    return Response.created(
            uri.getAbsolutePathBuilder().path(written.document().id().toString()).build())
        .entity(written)
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes({"text/markdown", MediaType.TEXT_HTML, "application/pdf"})
  @Operation(
      summary =
          "Replace a document; only passages whose content changed are embedded and indexed again,"
              + " and those that went are removed")
  public KnowledgeWrite replace(
      @PathParam("id") UUID id,
      @QueryParam("title") @NotBlank @Size(max = 200) String title,
      @QueryParam("kind") @NotBlank @Pattern(regexp = KINDS) String kind,
      @QueryParam("source") @Size(max = 500) String source,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      byte[] body) {
    return knowledge.replace(id, upload(title, kind, source, contentType, body), Actors.of(caller));
  }

  @GET
  @Operation(summary = "Every document, oldest first")
  public List<KnowledgeDocument> list() {
    return knowledge.list();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A document")
  public KnowledgeDocument get(@PathParam("id") UUID id) {
    return knowledge.find(id);
  }

  @GET
  @Path("/{id}/passages")
  @Operation(summary = "A document's passages, in document order, with their content hashes")
  public List<Passage> passages(@PathParam("id") UUID id) {
    return knowledge.passages(id);
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a document and take its passages out of the index")
  public Response delete(@PathParam("id") UUID id) {
    knowledge.delete(id, Actors.of(caller));
    return Response.noContent().build();
  }

  private static DocumentUpload upload(
      String title, String kind, String source, String contentType, byte[] body) {
    DocumentFormat format =
        DocumentFormat.of(contentType)
            .orElseThrow(() -> Problem.invalid("Content-Type", "must be " + FORMATS));
    if (body == null || body.length == 0) {
      throw Problem.invalid("body", "must hold the document");
    }
    return new DocumentUpload(
        title.strip(),
        DocumentKind.fromKey(kind).orElseThrow(),
        format,
        source == null || source.isBlank() ? null : source.strip(),
        body);
  }
}
