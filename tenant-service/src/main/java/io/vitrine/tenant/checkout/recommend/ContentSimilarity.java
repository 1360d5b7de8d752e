package io.vitrine.tenant.checkout.recommend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.catalog.CatalogConfig;
import io.vitrine.tenant.checkout.CheckoutConfig;
import io.vitrine.tenant.checkout.ranking.ContentMatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Products similar to the cart by content (names, descriptions, brands, categories), from the
 * tenant's catalog index: the evidence for carts whose items have no purchase history yet. Best
 * effort within a short time budget: a slow or absent index means no similarity, never a failed
 * answer.
 */
@ApplicationScoped
public class ContentSimilarity {

  private static final Logger LOG = Logger.getLogger(ContentSimilarity.class);
  private static final int HITS = 10;

  private final String alias;
  private final OpenSearchAsyncClient client;
  private final CheckoutConfig config;

  public ContentSimilarity(
      OpenSearchAsyncClient client, CatalogConfig catalog, CheckoutConfig config) {
    this.client = client;
    this.alias = catalog.indexAlias();
    this.config = config;
  }

  /**
   * @param likeText what the cart is about: its items' names, brands and categories
   * @param exclude SKUs already in the cart
   */
  public Uni<List<ContentMatch>> similarTo(String likeText, List<String> exclude) {
    if (likeText.isBlank()) {
      return Uni.createFrom().item(List.of());
    }
    return Uni.createFrom()
        .completionStage(() -> search(likeText, exclude))
        .map(ContentSimilarity::matches)
        .ifNoItem()
        .after(config.contentTimeout())
        .fail()
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.debugf("catalog similarity skipped: %s", failure.toString());
              return List.of();
            });
  }

  /**
   * Loads the client's request and response classes (seconds, the first time) and opens a
   * connection, so that the first till request does not pay for it. Blocking; failures are only
   * logged: the index may not exist yet.
   */
  public void warmUp() {
    try {
      search("warm up", List.of()).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.infof("catalog search not reachable yet: %s", e.toString());
    }
  }

  private CompletableFuture<SearchResponse<IndexedSku>> search(
      String likeText, List<String> exclude) {
    try {
      return client.search(
          s ->
              s.index(alias)
                  .size(HITS)
                  .source(source -> source.filter(f -> f.includes("sku")))
                  .query(
                      q ->
                          q.bool(
                              b ->
                                  b.must(
                                          m ->
                                              m.moreLikeThis(
                                                  mlt ->
                                                      mlt.fields(
                                                              "name",
                                                              "description",
                                                              "brand",
                                                              "category")
                                                          .like(like -> like.text(likeText))
                                                          .minTermFreq(1)
                                                          .minDocFreq(1)
                                                          .maxQueryTerms(25)))
                                      .mustNot(
                                          n ->
                                              n.terms(
                                                  t ->
                                                      t.field("sku")
                                                          .terms(
                                                              v ->
                                                                  v.value(
                                                                      exclude.stream()
                                                                          .map(FieldValue::of)
                                                                          .toList())))))),
          IndexedSku.class);
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static List<ContentMatch> matches(SearchResponse<IndexedSku> response) {
    return response.hits().hits().stream()
        .filter(hit -> hit.source() != null && hit.source().sku() != null && hit.score() != null)
        .map(ContentSimilarity::match)
        .toList();
  }

  private static ContentMatch match(Hit<IndexedSku> hit) {
    return new ContentMatch(hit.source().sku(), Objects.requireNonNull(hit.score()));
  }

  /** The only field a hit needs. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record IndexedSku(String sku) {}
}
