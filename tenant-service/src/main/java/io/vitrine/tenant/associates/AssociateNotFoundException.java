package io.vitrine.tenant.associates;

/** No associate or store manager has this id in the tenant realm. */
public class AssociateNotFoundException extends RuntimeException {

  public AssociateNotFoundException(String id) {
    super("No associate or store manager has id " + id + ".");
  }
}
