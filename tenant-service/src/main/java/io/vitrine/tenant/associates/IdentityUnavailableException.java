package io.vitrine.tenant.associates;

/** Keycloak cannot be reached or refused the service account; retry later. */
public class IdentityUnavailableException extends RuntimeException {

  public IdentityUnavailableException(Throwable cause) {
    super("Keycloak cannot be reached now", cause);
  }
}
