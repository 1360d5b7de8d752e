package io.vitrine.tenant.copilot;

import static io.vitrine.tenant.common.problem.ProblemType.CATALOG_UNAVAILABLE;

import io.vitrine.tenant.catalog.CatalogConfig;
import io.vitrine.tenant.catalog.CatalogFields;
import io.vitrine.tenant.common.embedding.TextEmbedder;
import io.vitrine.tenant.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * Retrieves products and knowledge passages from the tenant's catalog index (its alias: one index
 * per tenant) by BM25, by k-NN on the question's vector, or both fused.
 */
@ApplicationScoped
public class CatalogRetriever {

  /** What BM25 reads of a product and of a passage; names and titles weigh most. */
  static final List<String> TEXT_FIELDS =
      List.of(
          "name^3", "brand^2", "description", CatalogFields.TITLE + "^2", CatalogFields.CONTENT);

  /** The constant of reciprocal rank fusion, as Cormack et al. and OpenSearch use it. */
  static final int RRF_K = 60;

  private final OpenSearchClient client;
  private final String alias;
  private final TextEmbedder embedder;
  private final CopilotConfig config;

  public CatalogRetriever(
      OpenSearchClient client, CatalogConfig catalog, TextEmbedder embedder, CopilotConfig config) {
    this.client = client;
    this.alias = catalog.indexAlias();
    this.embedder = embedder;
    this.config = config;
  }

  /** The best {@code count} items for the question, by the given method. */
  public Retrieval retrieve(String question, RetrievalMode mode, int count) {
    return retrieve(question, mode, count, config.lexicalWeight());
  }

  /** As above, with BM25's weight in the {@code HYBRID} fusion given. */
  public Retrieval retrieve(String question, RetrievalMode mode, int count, double lexicalWeight) {
    try {
      List<Source> lexical = mode == RetrievalMode.VECTOR ? List.of() : lexical(question);
      List<Source> vector = mode == RetrievalMode.LEXICAL ? List.of() : vector(question);
      double best = vector.stream().mapToDouble(CatalogRetriever::cosine).max().orElse(-1);
      List<Source> ranked =
          switch (mode) {
            case LEXICAL -> lexical;
            case VECTOR -> vector;
            case HYBRID -> ScoreFusion.minMax(lexical, vector, lexicalWeight);
            case RECIPROCAL_RANK -> ScoreFusion.reciprocalRank(lexical, vector, RRF_K);
          };
      return new Retrieval(mode, ranked, best).top(count);
    } catch (IOException e) {
      throw Problem.of(CATALOG_UNAVAILABLE).because("the copilot's search failed").causedBy(e);
    }
  }

  private List<Source> lexical(String question) throws IOException {
    return search(Query.of(q -> q.multiMatch(m -> m.query(question).fields(TEXT_FIELDS))));
  }

  private List<Source> vector(String question) throws IOException {
    List<Float> vector = boxed(embedder.embed(question));
    return search(
        Query.of(
            q ->
                q.knn(
                    k -> k.field(CatalogFields.EMBEDDING).vector(vector).k(config.candidates()))));
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private List<Source> search(Query query) throws IOException {
    var response =
        client.search(
            s ->
                s.index(alias)
                    .size(config.candidates())
                    .source(src -> src.filter(f -> f.excludes(CatalogFields.EMBEDDING)))
                    .query(query),
            Map.class);
    return response.hits().hits().stream()
        .filter(hit -> hit.source() != null && hit.score() != null)
        .map(hit -> IndexedSources.of(hit.id(), (Map<String, Object>) hit.source(), hit.score()))
        .toList();
  }

  private static List<Float> boxed(float[] vector) {
    var values = new java.util.ArrayList<Float>(vector.length);
    for (float value : vector) {
      values.add(value);
    }
    return values;
  }

  /** Lucene's cosinesimil score is {@code (1 + cos) / 2}. */
  static double cosine(Source vectorHit) {
    return 2 * vectorHit.score() - 1;
  }
}
