package io.vitrine.tenant.associates;

/** A user with this e-mail address already exists in the tenant realm. */
public class AssociateConflictException extends RuntimeException {

  public AssociateConflictException() {
    super("A user with this e-mail address already exists.");
  }
}
