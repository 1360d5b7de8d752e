package io.vitrine.operator.retailer.status;

import io.vitrine.operator.platform.PlatformUnavailableException;
import io.vitrine.operator.retailer.model.InvalidCredentialsException;

/** What became of one dependent in a reconciliation. */
public record Outcome(Kind kind, String reason, String message) {

  /** From best to worst: a part reports its worst dependent, the tenant its worst part. */
  public enum Kind {
    READY,
    NOT_READY,
    /** Not reached: something it depends on is not ready or failed. */
    WAITING,
    /** Failed, and retrying heals it (a platform service that is down, a conflict). */
    FAILED,
    /** Failed, and only someone changing something can heal it (missing credentials). */
    STALLED
  }

  public static Outcome ready() {
    return new Outcome(Kind.READY, "Ready", "");
  }

  public static Outcome notReady(String name) {
    return new Outcome(Kind.NOT_READY, "Progressing", name + " is not ready yet");
  }

  public static Outcome waiting(String name) {
    return new Outcome(
        Kind.WAITING, "WaitingForDependencies", name + " waits for what it depends on");
  }

  /** Maps a failure to a reason a platform team can act on, without leaking secrets. */
  public static Outcome failed(String name, Throwable error) {
    Throwable cause = rootOfInterest(error);
    if (cause instanceof PlatformUnavailableException unavailable) {
      return new Outcome(Kind.FAILED, serviceReason(unavailable.service()), cause.getMessage());
    }
    if (cause instanceof InvalidCredentialsException invalid) {
      return new Outcome(Kind.STALLED, invalid.reason(), cause.getMessage());
    }
    return new Outcome(
        Kind.FAILED,
        "ReconcileError",
        name + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
  }

  public boolean needsIntervention() {
    return kind == Kind.STALLED;
  }

  private static Throwable rootOfInterest(Throwable error) {
    Throwable current = error;
    while (current != null) {
      if (current instanceof PlatformUnavailableException
          || current instanceof InvalidCredentialsException) {
        return current;
      }
      if (current.getCause() == null || current.getCause() == current) {
        return error;
      }
      current = current.getCause();
    }
    return error;
  }

  private static String serviceReason(String service) {
    return switch (service) {
      case PlatformUnavailableException.POSTGRESQL -> "PostgreSQLUnavailable";
      case PlatformUnavailableException.OPENSEARCH -> "OpenSearchUnavailable";
      case PlatformUnavailableException.KEYCLOAK -> "KeycloakUnavailable";
      default -> "PlatformUnavailable";
    };
  }
}
