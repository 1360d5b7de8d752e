package io.vitrine.tenant.problem;

import io.vitrine.tenant.service.PosLocationTakenException;
import io.vitrine.tenant.service.StoreNotFoundException;
import io.vitrine.tenant.service.webhook.WebhookRejectedException;
import io.vitrine.tenant.service.webhook.WebhookStoreUnavailableException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
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
    return Response.fromResponse(
            ProblemDetail.of(
                    "webhook-store-unavailable", "Event store unavailable", 503, e.getMessage())
                .toResponse())
        .header("Retry-After", "5")
        .build();
  }
}
