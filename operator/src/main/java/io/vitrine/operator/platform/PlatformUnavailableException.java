package io.vitrine.operator.platform;

import java.util.Objects;

/**
 * A shared platform service could not be reached (connection refused, timeout, 5xx). Reconcilers
 * report it as a condition (e.g. {@code KeycloakUnavailable}) and retry; the message never holds a
 * secret.
 */
public class PlatformUnavailableException extends RuntimeException {

  public static final String POSTGRESQL = "postgresql";
  public static final String OPENSEARCH = "opensearch";
  public static final String KEYCLOAK = "keycloak";

  private final String service;

  public PlatformUnavailableException(String service, Throwable cause) {
    super(service + " is unavailable: " + describe(cause), cause);
    this.service = Objects.requireNonNull(service);
  }

  /** One of {@link #POSTGRESQL}, {@link #OPENSEARCH}, {@link #KEYCLOAK}. */
  public String service() {
    return service;
  }

  private static String describe(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null
        ? root.getClass().getSimpleName()
        : root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
