package io.vitrine.tenant.catalog;

import static io.vitrine.tenant.common.problem.ProblemType.CATALOG_UNAVAILABLE;

import io.vitrine.tenant.common.embedding.TextEmbedder;
import io.vitrine.tenant.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.indices.IndexSettings;
import org.opensearch.client.opensearch.indices.IndexState;
import org.opensearch.client.opensearch.indices.update_aliases.Action;

/**
 * The tenant's catalog index in OpenSearch, always through its alias: bulk writes, search with
 * filters and ingredient exclusions, and full rebuilds into a new index that the alias swaps to
 * atomically. Products carry their embedding when {@code vitrine.catalog.product-vectors} is on and
 * the index's vectors have the embedder's dimension; other features' documents ({@link
 * CatalogCompanion}) live beside them and are told apart by {@link CatalogFields#DOC_TYPE}.
 */
@ApplicationScoped
public class CatalogIndex {

  /** Prefix of the indices a rebuild makes: {@code <alias>-rebuild-<epoch millis>}. */
  static final String REBUILD = "-rebuild-";

  private final OpenSearchClient client;
  private final String alias;
  private final IndexPreparation preparation;
  private final ProductVectors vectors; // null: products go without vectors
  private final Instance<CatalogCompanion> companions;

  public CatalogIndex(
      OpenSearchClient client,
      CatalogConfig config,
      TextEmbedder embedder,
      Instance<CatalogCompanion> companions) {
    this.client = client;
    this.alias = config.indexAlias();
    this.preparation = new IndexPreparation(client, alias, embedder.dimension());
    this.vectors = config.productVectors() ? new ProductVectors(embedder) : null;
    this.companions = companions;
  }

  public String alias() {
    return alias;
  }

  /** Whether OpenSearch answers and the alias exists. */
  public boolean reachable() throws IOException {
    return client.indices().existsAlias(e -> e.name(alias)).value();
  }

  /** Writes the products through the alias; the answer maps each refused SKU to the reason. */
  public Map<String, String> index(List<Product> products) throws IOException {
    return bulk(alias, products);
  }

  /**
   * Adds the fields this service writes to an index made before they were mapped, once; answers
   * whether the index takes the embedder's vectors.
   */
  public boolean prepare() throws IOException {
    return preparation.prepared().vectors();
  }

  /** Writes other features' documents through the alias; answers refused ids and reasons. */
  public Map<String, String> put(List<IndexedDocument> documents) throws IOException {
    prepare();
    return bulkWrite(alias, documents.stream().map(CatalogIndex::indexOperation).toList());
  }

  /** Deletes other features' documents by id; an id already gone is no failure. */
  public void delete(List<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return;
    }
    List<BulkOperation> deletes =
        ids.stream().map(id -> BulkOperation.of(op -> op.delete(d -> d.id(id)))).toList();
    var refused = bulkWrite(alias, deletes);
    if (!refused.isEmpty()) {
      throw new IOException("the catalog index refused deletions: " + refused);
    }
  }

  /** Makes everything indexed so far searchable. */
  public void refresh() throws IOException {
    client.indices().refresh(r -> r.index(alias));
  }

  public ProductHits search(ProductQuery query) throws IOException {
    var response =
        client.search(
            s ->
                s.index(alias)
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .query(CatalogQueries.of(query)),
            Map.class);
    List<Product> products = new ArrayList<>();
    for (Hit<Map> hit : response.hits().hits()) {
      @SuppressWarnings("unchecked")
      Product product = ProductDocuments.from(hit.source());
      // The query already excludes them; this guards a mapping without the ingredients field.
      if (product.ingredients().stream().noneMatch(query.excludedIngredients()::contains)) {
        products.add(product);
      }
    }
    long total =
        response.hits().total() == null ? products.size() : response.hits().total().value();
    return new ProductHits(total, query.page(), query.size(), products);
  }

  /**
   * Builds a new index with the current index's mappings and settings, fills it through {@code
   * fill} (which calls back with batches), then swaps the alias to it in one call and deletes the
   * previous rebuild. Searches keep answering from the old index until the swap.
   */
  public Rebuild rebuild(Function<BatchWriter, Integer> fill) throws IOException {
    prepare(); // the new index copies the current mapping: with every field this service writes
    Map.Entry<String, IndexState> current = current();
    String target = alias + REBUILD + System.currentTimeMillis();
    IndexSettings settings = flatten(current.getValue().settings());
    client
        .indices()
        .create(
            c ->
                c.index(target)
                    .mappings(current.getValue().mappings())
                    .settings(
                        s -> {
                          s.numberOfShards(settings.numberOfShards())
                              .numberOfReplicas(settings.numberOfReplicas());
                          if (settings.knn() != null) {
                            s.knn(settings.knn());
                          }
                          if (settings.analysis() != null) {
                            s.analysis(settings.analysis());
                          }
                          return s;
                        }));
    int documents;
    try {
      documents = fill.apply(products -> bulk(target, products));
      for (CatalogCompanion companion : companions) {
        companion.refill(
            batch -> bulkWrite(target, batch.stream().map(CatalogIndex::indexOperation).toList()));
      }
      client.indices().refresh(r -> r.index(target));
    } catch (RuntimeException | IOException e) {
      client.indices().delete(d -> d.index(target)); // the alias never pointed at it
      throw e;
    }
    String previous = current.getKey();
    client
        .indices()
        .updateAliases(
            u ->
                u.actions(
                    Action.of(a -> a.remove(r -> r.index(previous).alias(alias))),
                    Action.of(a -> a.add(add -> add.index(target).alias(alias)))));
    if (previous.startsWith(alias + REBUILD)) {
      client.indices().delete(d -> d.index(previous));
    }
    return new Rebuild(previous, target, documents);
  }

  /** What a rebuild did. */
  public record Rebuild(String previousIndex, String index, int documents) {}

  /** Writes one batch into the index being built; answers refused SKUs and reasons. */
  @FunctionalInterface
  public interface BatchWriter {
    Map<String, String> write(List<Product> products) throws IOException;
  }

  private Map<String, String> bulk(String index, List<Product> products) throws IOException {
    if (products.isEmpty()) {
      return Map.of();
    }
    boolean vectorsMapped = prepare();
    Map<String, float[]> embeddings =
        vectors != null && vectorsMapped ? vectors.of(products) : Map.<String, float[]>of();
    List<BulkOperation> operations = new ArrayList<>();
    for (Product product : products) {
      Map<String, Object> document = ProductDocuments.of(product, embeddings.get(product.sku()));
      operations.add(BulkOperation.of(op -> op.index(i -> i.id(product.sku()).document(document))));
    }
    return bulkWrite(index, operations);
  }

  private static BulkOperation indexOperation(IndexedDocument document) {
    return BulkOperation.of(op -> op.index(i -> i.id(document.id()).document(document.source())));
  }

  private Map<String, String> bulkWrite(String index, List<BulkOperation> operations)
      throws IOException {
    if (operations.isEmpty()) {
      return new LinkedHashMap<>();
    }
    BulkResponse response =
        client.bulk(new BulkRequest.Builder().index(index).operations(operations).build());
    var refused = new LinkedHashMap<String, String>();
    if (response.errors()) {
      for (BulkResponseItem item : response.items()) {
        if (item.error() != null) {
          refused.put(item.id(), item.error().type() + ": " + item.error().reason());
        }
      }
    }
    return refused;
  }

  private Map.Entry<String, IndexState> current() throws IOException {
    try {
      return client.indices().get(g -> g.index(alias)).result().entrySet().stream()
          .filter(entry -> entry.getValue().aliases().containsKey(alias))
          .findFirst()
          .orElseThrow(() -> Problem.of(CATALOG_UNAVAILABLE).because("no index behind " + alias));
    } catch (OpenSearchException e) {
      throw Problem.of(CATALOG_UNAVAILABLE)
          .because("no index behind " + alias + ": " + e.getMessage());
    }
  }

  /** OpenSearch nests index settings under "index"; accept both shapes. */
  private static IndexSettings flatten(IndexSettings settings) {
    return settings.index() != null ? settings.index() : settings;
  }

  /** The filters and exclusions of a search, as OpenSearch queries. */
  static final class CatalogQueries {

    private CatalogQueries() {}

    static Query of(ProductQuery query) {
      return Query.of(
          q ->
              q.bool(
                  b -> {
                    if (query.text() != null) {
                      b.must(
                          m ->
                              m.multiMatch(
                                  mm ->
                                      mm.query(query.text())
                                          .fields("name^3", "brand^2", "description")));
                    }
                    b.mustNot(
                        n ->
                            n.term(
                                t ->
                                    t.field(CatalogFields.DOC_TYPE)
                                        .value(FieldValue.of(CatalogFields.PASSAGE))));
                    term(query.brand(), "brand").forEach(b::filter);
                    term(query.category(), "category").forEach(b::filter);
                    term(query.skinType(), "skin_types").forEach(b::filter);
                    Set<String> excluded = query.excludedIngredients();
                    if (!excluded.isEmpty()) {
                      // Unknown ingredients cannot be shown free of anything: leave them out.
                      b.filter(f -> f.exists(e -> e.field("ingredients")));
                      b.mustNot(
                          n ->
                              n.terms(
                                  t ->
                                      t.field("ingredients")
                                          .terms(
                                              v ->
                                                  v.value(
                                                      excluded.stream()
                                                          .map(FieldValue::of)
                                                          .toList()))));
                    }
                    return b;
                  }));
    }

    private static List<Query> term(String value, String field) {
      if (value == null) {
        return List.of();
      }
      return List.of(Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value)))));
    }
  }
}
