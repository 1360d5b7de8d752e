package io.vitrine.tenant.copilot;

import io.vitrine.tenant.catalog.CatalogFields;
import java.util.Map;

/** A catalog index document as a {@link Source}: a passage by its fields, else a product. */
final class IndexedSources {

  private IndexedSources() {}

  static Source of(String id, Map<String, Object> document, double score) {
    if (CatalogFields.PASSAGE.equals(document.get(CatalogFields.DOC_TYPE))) {
      return new Source(
          id,
          Source.PASSAGE,
          null,
          null,
          null,
          text(document, CatalogFields.DOCUMENT_ID),
          text(document, CatalogFields.DOCUMENT_KIND),
          text(document, CatalogFields.CONTENT_HASH),
          text(document, CatalogFields.TITLE),
          text(document, CatalogFields.CONTENT),
          score);
    }
    return new Source(
        id,
        Source.PRODUCT,
        text(document, "sku"),
        text(document, "brand"),
        text(document, "category"),
        null,
        null,
        null,
        text(document, "name"),
        text(document, "description"),
        score);
  }

  private static String text(Map<String, Object> document, String field) {
    Object value = document.get(field);
    return value == null ? null : value.toString();
  }
}
