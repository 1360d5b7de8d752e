package io.vitrine.tenant.ingredients;

/**
 * A retailer's policy for sources some treat as tree nuts and others do not (shea, coconut, argan,
 * marula, kukui): {@link #INCLUDE}, the default, screens them as nuts.
 */
public enum BorderlineNuts {
  INCLUDE,
  EXCLUDE
}
