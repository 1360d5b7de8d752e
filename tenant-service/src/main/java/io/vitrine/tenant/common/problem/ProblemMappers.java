package io.vitrine.tenant.common.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.sqlclient.DatabaseException;
import io.vitrine.tenant.associates.AssociateConflictException;
import io.vitrine.tenant.associates.AssociateNotFoundException;
import io.vitrine.tenant.associates.IdentityUnavailableException;
import io.vitrine.tenant.associates.RoleNotGrantableException;
import io.vitrine.tenant.audit.AuditUnavailableException;
import io.vitrine.tenant.catalog.CatalogUnavailableException;
import io.vitrine.tenant.catalog.ImportNotFoundException;
import io.vitrine.tenant.customers.CustomerNotFoundException;
import io.vitrine.tenant.pos.webhook.WebhookRejectedException;
import io.vitrine.tenant.pos.webhook.WebhookStoreUnavailableException;
import io.vitrine.tenant.stores.PosLocationTakenException;
import io.vitrine.tenant.stores.StoreNotFoundException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error the admin API answers, as RFC 9457 problem details. */
public class ProblemMappers {

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e) {
    return ValidationProblems.of(e.getConstraintViolations()).toResponse();
  }

  @ServerExceptionMapper
  public Response invalidInput(InvalidInputException e) {
    return ProblemDetail.of(
            "validation",
            "Invalid request",
            400,
            e.errors().size() == 1
                ? "1 field is invalid."
                : e.errors().size() + " fields are invalid.")
        .withErrors(e.errors())
        .toResponse();
  }

  @ServerExceptionMapper
  public Response importNotFound(ImportNotFoundException e) {
    return ProblemDetail.of("import-not-found", "Catalog import not found", 404, e.getMessage())
        .toResponse();
  }

  /** OpenSearch or PostgreSQL cannot serve the catalog now: the client may retry. */
  @ServerExceptionMapper
  public Response catalogUnavailable(CatalogUnavailableException e) {
    return ProblemDetail.of(
            "catalog-unavailable",
            "Catalog unavailable",
            503,
            "The catalog cannot be reached now; retry later.")
        .toResponse(5);
  }

  @ServerExceptionMapper
  public Response databaseUnavailable(SQLException e) {
    return databaseUnavailable();
  }

  /** The same answer as for JDBC, from the reactive client every feature uses. */
  @ServerExceptionMapper
  public Response databaseUnavailable(DatabaseException e) {
    return databaseUnavailable();
  }

  private static Response databaseUnavailable() {
    return ProblemDetail.of(
            "database-unavailable",
            "Database unavailable",
            503,
            "The database cannot be reached now; retry later.")
        .toResponse(5);
  }

  @ServerExceptionMapper
  public Response associateNotFound(AssociateNotFoundException e) {
    return ProblemDetail.of("associate-not-found", "Associate not found", 404, e.getMessage())
        .toResponse();
  }

  @ServerExceptionMapper
  public Response associateConflict(AssociateConflictException e) {
    return ProblemDetail.of("associate-exists", "User already exists", 409, e.getMessage())
        .toResponse();
  }

  @ServerExceptionMapper
  public Response roleNotGrantable(RoleNotGrantableException e) {
    return ProblemDetail.of("role-not-grantable", "Role not grantable", 403, e.getMessage())
        .toResponse();
  }

  @ServerExceptionMapper
  public Response identityUnavailable(IdentityUnavailableException e) {
    return ProblemDetail.of(
            "identity-unavailable",
            "Identity provider unavailable",
            503,
            "Keycloak cannot be reached now; retry later.")
        .toResponse(5);
  }

  @ServerExceptionMapper
  public Response auditUnavailable(AuditUnavailableException e) {
    return ProblemDetail.of(
            "audit-unavailable",
            "Audit log unavailable",
            503,
            "The action could not be recorded in the audit log; retry later.")
        .toResponse();
  }

  @ServerExceptionMapper
  public Response customerNotFound(CustomerNotFoundException e) {
    return ProblemDetail.of("customer-not-found", "Customer not found", 404, e.getMessage())
        .toResponse();
  }

  /** No token, or one this realm did not issue or that has expired. */
  @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
  public Response unauthenticated(RuntimeException e) {
    return Response.fromResponse(
            ProblemDetail.of(
                    "unauthenticated",
                    "Authentication required",
                    401,
                    "A valid bearer token from this retailer's realm is required.")
                .toResponse())
        .header("WWW-Authenticate", "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return ProblemDetail.of(
            "forbidden", "Forbidden", 403, "Your roles do not allow this operation.")
        .toResponse();
  }

  /**
   * What the HTTP layer refuses (a body that is not JSON, an unknown path, a wrong method). Its
   * message may quote the input, so the detail does not repeat it.
   */
  @ServerExceptionMapper
  public Response http(WebApplicationException e) {
    var status = e.getResponse().getStatusInfo();
    return ProblemDetail.ofStatus(
            status, "The request was refused: " + status.getReasonPhrase() + ".")
        .toResponse();
  }

  @ServerExceptionMapper
  public Response notFound(StoreNotFoundException e) {
    return ProblemDetail.of("store-not-found", "Store not found", 404, e.getMessage()).toResponse();
  }

  @ServerExceptionMapper
  public Response conflict(PosLocationTakenException e) {
    return ProblemDetail.of("pos-location-taken", "POS location already used", 409, e.getMessage())
        .toResponse();
  }

  @ServerExceptionMapper
  public Response webhookRejected(WebhookRejectedException e) {
    var reason = e.reason();
    return ProblemDetail.of(reason.problemType, reason.title, reason.status, e.getMessage())
        .toResponse();
  }

  /** Non-2xx so that the vendor delivers again; nothing was acknowledged. */
  @ServerExceptionMapper
  public Response webhookStoreUnavailable(WebhookStoreUnavailableException e) {
    return ProblemDetail.of(
            "webhook-store-unavailable", "Event store unavailable", 503, e.getMessage())
        .toResponse(5);
  }
}
