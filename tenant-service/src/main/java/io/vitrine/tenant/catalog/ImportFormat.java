package io.vitrine.tenant.catalog;

/** The formats a catalog import accepts. */
public enum ImportFormat {
  CSV,
  JSON
}
