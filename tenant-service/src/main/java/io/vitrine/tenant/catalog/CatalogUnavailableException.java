package io.vitrine.tenant.catalog;

/** OpenSearch or the tenant's catalog index cannot serve the request now; retry later. */
public class CatalogUnavailableException extends RuntimeException {

  public CatalogUnavailableException(String message) {
    super(message);
  }

  public CatalogUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
