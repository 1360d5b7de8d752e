package io.vitrine.tenant.checkout;

import io.vitrine.tenant.common.problem.ProblemDetail;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The checkout's errors as RFC 9457 problem details. */
public class CheckoutProblemMappers {

  @ServerExceptionMapper
  public Response unknownStore(UnknownStoreException e) {
    return ProblemDetail.of("unknown-store", "Unknown store", 404, e.getMessage()).toResponse();
  }

  @ServerExceptionMapper
  public Response unknownTarget(UnknownDecisionTargetException e) {
    return ProblemDetail.of("checkout-decision-target-not-found", "Not found", 404, e.getMessage())
        .toResponse();
  }

  @ServerExceptionMapper
  public Response invalidDecision(InvalidDecisionException e) {
    return switch (e.kind()) {
      case ALREADY_DECIDED ->
          ProblemDetail.of("checkout-already-decided", "Already decided", 409, e.getMessage())
              .toResponse();
      case INVALID ->
          ProblemDetail.of("checkout-invalid-decision", "Invalid decision", 422, e.getMessage())
              .toResponse();
    };
  }

  @ServerExceptionMapper
  public Response warmingUp(CheckoutWarmingUpException e) {
    return ProblemDetail.of("checkout-warming-up", "Checkout warming up", 503, e.getMessage())
        .toResponse(5);
  }

  @ServerExceptionMapper
  public Response deadlineExceeded(CheckoutDeadlineExceededException e) {
    return ProblemDetail.of(
            "checkout-deadline-exceeded", "Checkout deadline exceeded", 503, e.getMessage())
        .toResponse(1);
  }
}
