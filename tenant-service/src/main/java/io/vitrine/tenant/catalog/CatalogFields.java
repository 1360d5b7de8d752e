package io.vitrine.tenant.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import org.opensearch.client.opensearch._types.mapping.Property;

/**
 * The catalog index's fields that tenant-service writes beyond a product's own: what kind of
 * document a hit is, and a knowledge passage's fields. The operator's {@code CatalogMappings} maps
 * a product's fields and the {@code embedding} vector; {@link CatalogIndex#prepare()} adds these to
 * the index once (adding a field is the one mapping change OpenSearch allows in place), and a
 * rebuild copies them.
 */
public final class CatalogFields {

  /** {@value #PRODUCT} or {@value #PASSAGE}; a document without it is a product. */
  public static final String DOC_TYPE = "doc_type";

  public static final String PRODUCT = "product";
  public static final String PASSAGE = "passage";

  /** The knowledge document a passage comes from (its id). */
  public static final String DOCUMENT_ID = "document_id";

  /** care-guide, product-manual, warranty, return-policy or other. */
  public static final String DOCUMENT_KIND = "document_kind";

  /** A passage's document title and section heading. */
  public static final String TITLE = "title";

  /** A passage's text. */
  public static final String CONTENT = "content";

  /** SHA-256 of what a passage's document holds, so unchanged passages are never rewritten. */
  public static final String CONTENT_HASH = "content_hash";

  /** The vector of a product or passage (knn_vector, lucene engine, cosine similarity). */
  public static final String EMBEDDING = "embedding";

  private CatalogFields() {}

  /** The fields above with their mapping. */
  static Map<String, Property> added() {
    Map<String, Property> fields = new LinkedHashMap<>();
    fields.put(DOC_TYPE, keyword());
    fields.put(DOCUMENT_ID, keyword());
    fields.put(DOCUMENT_KIND, keyword());
    fields.put(TITLE, englishText());
    fields.put(CONTENT, englishText());
    fields.put(CONTENT_HASH, keyword());
    return fields;
  }

  /**
   * Passages are prose in the retailer's language: OpenSearch's built-in {@code english} analyzer
   * stems ("returned" finds "returns") and drops stop words, which BM25 needs on questions.
   */
  private static Property englishText() {
    return Property.of(p -> p.text(t -> t.analyzer("english")));
  }

  private static Property keyword() {
    return Property.of(p -> p.keyword(k -> k));
  }
}
