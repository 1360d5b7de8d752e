package io.vitrine.tenant.catalog;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A feature that keeps its own documents in the catalog index (the knowledge base's passages): a
 * rebuild writes them into the new index too, from the feature's own store, before the alias swaps.
 */
public interface CatalogCompanion {

  /** Writes every document of the feature through {@code writer}; answers how many. */
  int refill(DocumentWriter writer) throws IOException;

  /** Writes one batch into an index; answers the refused ids and reasons. */
  @FunctionalInterface
  interface DocumentWriter {
    Map<String, String> write(List<IndexedDocument> documents) throws IOException;
  }
}
