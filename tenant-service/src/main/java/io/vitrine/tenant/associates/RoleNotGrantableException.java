package io.vitrine.tenant.associates;

/** The caller may not give (or take away) this role: store managers manage associates only. */
public class RoleNotGrantableException extends RuntimeException {

  public RoleNotGrantableException(String role) {
    super("You may not manage users with the role " + role + ".");
  }
}
