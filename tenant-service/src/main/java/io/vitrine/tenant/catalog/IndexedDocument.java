package io.vitrine.tenant.catalog;

import java.util.Map;

/**
 * A document another feature keeps in the catalog index, by its id there. Ids of such documents
 * contain {@code #}, which no SKU may, so they never replace a product.
 */
public record IndexedDocument(String id, Map<String, Object> source) {

  public IndexedDocument {
    if (!id.contains("#")) {
      throw new IllegalArgumentException("an indexed document's id must contain '#': " + id);
    }
    source = Map.copyOf(source);
  }
}
