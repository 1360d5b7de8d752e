package io.vitrine.tenant.messages;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Review of drafted customer messages: nothing is sent before a manager approves it. */
@Path("/v1/messages")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
public class MessageResource {

  private static final String STATUSES = "DRAFT|APPROVED|SENT|REJECTED|FAILED|SKIPPED";

  private final MessageReviewService review;
  private final JsonWebToken token;

  public MessageResource(MessageReviewService review, JsonWebToken token) {
    this.review = review;
    this.token = token;
  }

  @GET
  @Operation(summary = "Messages in a status, oldest first (drafts by default)")
  public Uni<List<MessageView>> list(
      @QueryParam("status")
          @DefaultValue("DRAFT")
          @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES)
          String status,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
    return review.list(MessageStatus.valueOf(status), limit);
  }

  @POST
  @Path("/{id}/approve")
  @Operation(summary = "Approve a draft; it is queued for sending")
  public Uni<MessageView> approve(@PathParam("id") long id) {
    return review.approve(id, actor());
  }

  @POST
  @Path("/{id}/reject")
  @Operation(summary = "Reject a draft, optionally saying why; it is never sent")
  public Uni<MessageView> reject(@PathParam("id") long id, @Valid RejectRequest request) {
    return review.reject(id, actor(), request == null ? null : request.reason());
  }

  /** The reviewer's Keycloak subject id: audit records name no person. */
  private String actor() {
    return token.getSubject();
  }
}
