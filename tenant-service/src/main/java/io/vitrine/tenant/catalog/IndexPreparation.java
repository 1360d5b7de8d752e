package io.vitrine.tenant.catalog;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;

/**
 * Brings the index behind the alias up to the fields this service writes, once per process: an
 * index the operator made before {@link CatalogFields} were mapped gets them added in place. Also
 * reads whether the index's vectors have the embedder's dimension; if not (a tenant configured with
 * another dimension), documents are written without vectors and vector search finds nothing.
 */
final class IndexPreparation {

  private static final Logger LOG = Logger.getLogger(IndexPreparation.class);

  /** What the index is like, once prepared. */
  record Prepared(boolean vectors) {}

  private final OpenSearchClient client;
  private final String alias;
  private final int dimension;
  private volatile Prepared prepared;

  IndexPreparation(OpenSearchClient client, String alias, int dimension) {
    this.client = client;
    this.alias = alias;
    this.dimension = dimension;
  }

  Prepared prepared() throws IOException {
    Prepared current = prepared;
    if (current == null) {
      synchronized (this) {
        current = prepared;
        if (current == null) {
          current = prepare();
          prepared = current;
        }
      }
    }
    return current;
  }

  private Prepared prepare() throws IOException {
    Map<String, Property> mapped = mappedProperties();
    Map<String, Property> missing = missing(mapped);
    if (!missing.isEmpty()) {
      client.indices().putMapping(m -> m.index(alias).properties(missing));
      LOG.infof("catalog index %s: added the fields %s", alias, missing.keySet());
    }
    Property embedding = mapped.get(CatalogFields.EMBEDDING);
    boolean vectors =
        embedding != null
            && embedding.isKnnVector()
            && embedding.knnVector().dimension() == dimension;
    if (!vectors) {
      LOG.warnf(
          "catalog index %s has no %d-dimension embedding field: documents go without vectors",
          alias, dimension);
    }
    return new Prepared(vectors);
  }

  /** The fields this service writes that the index does not map yet. */
  static Map<String, Property> missing(Map<String, Property> mapped) {
    var missing = new LinkedHashMap<String, Property>();
    CatalogFields.added()
        .forEach(
            (field, property) -> {
              if (!mapped.containsKey(field)) {
                missing.put(field, property);
              }
            });
    return missing;
  }

  private Map<String, Property> mappedProperties() throws IOException {
    return client.indices().getMapping(g -> g.index(alias)).result().values().stream()
        .findFirst()
        .map(index -> index.mappings())
        .map(TypeMapping::properties)
        .orElse(Map.of());
  }
}
