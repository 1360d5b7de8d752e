package io.vitrine.tenant.ai;

import dev.langchain4j.service.Result;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * What an AI service's {@code @Fallback} method answers: no text, and why. {@link ModelGateway}
 * turns it into the feature's deterministic text and audits the reason. An AI service declares
 * {@code @Fallback(fallbackMethod = "unanswered")} and a default method {@code Result
 * unanswered(<the same parameters>, Throwable failure)} (raw: see RegimenMessageModel) returning
 * {@link #unanswered(Throwable)}.
 */
public final class ModelFallback {

  private ModelFallback() {}

  /** The answer of a fallback method given the failure of the guarded call. */
  public static Result<String> unanswered(Throwable failure) {
    return new Unanswered(reason(failure));
  }

  public static Result<String> unanswered(FallbackReason reason) {
    return new Unanswered(reason);
  }

  static FallbackReason reason(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof PromptRefusedException) {
        return FallbackReason.PROMPT_REFUSED;
      }
      if (cause instanceof CircuitBreakerOpenException) {
        return FallbackReason.CIRCUIT_OPEN;
      }
      if (cause instanceof TimeoutException
          || cause instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException
          || cause instanceof java.net.http.HttpTimeoutException) {
        return FallbackReason.MODEL_TIMEOUT;
      }
    }
    return FallbackReason.MODEL_ERROR;
  }

  /** A result that carries no content, only the reason there is none. */
  public static final class Unanswered extends Result<String> {

    private final FallbackReason reason;

    private Unanswered(FallbackReason reason) {
      super(null, null, null, null, null);
      this.reason = reason;
    }

    public FallbackReason reason() {
      return reason;
    }
  }
}
