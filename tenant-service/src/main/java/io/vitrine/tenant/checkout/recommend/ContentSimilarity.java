package io.vitrine.tenant.checkout.recommend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.checkout.CheckoutConfig;
import io.vitrine.tenant.checkout.ranking.ContentMatch;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.jboss.logging.Logger;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

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

  private final Optional<String> alias;
  private final Optional<OpenSearchTransport> transport;
  private final Optional<OpenSearchAsyncClient> client;
  private final CheckoutConfig config;

  public ContentSimilarity(CheckoutConfig config) {
    this.config = config;
    var search = config.search();
    this.alias = search.indexAlias();
    this.transport =
        search.url().filter(url -> alias.isPresent()).map(url -> transport(url, search));
    this.client = transport.map(OpenSearchAsyncClient::new);
  }

  /**
   * @param likeText what the cart is about: its items' names, brands and categories
   * @param exclude SKUs already in the cart
   */
  public Uni<List<ContentMatch>> similarTo(String likeText, List<String> exclude) {
    if (client.isEmpty() || likeText.isBlank()) {
      return Uni.createFrom().item(List.of());
    }
    return Uni.createFrom()
        .completionStage(() -> search(client.get(), likeText, exclude))
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
    if (client.isEmpty()) {
      return;
    }
    try {
      search(client.get(), "warm up", List.of()).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.infof("catalog search not reachable yet: %s", e.toString());
    }
  }

  private java.util.concurrent.CompletableFuture<SearchResponse<IndexedSku>> search(
      OpenSearchAsyncClient os, String likeText, List<String> exclude) {
    try {
      return os.search(
          s ->
              s.index(alias.orElseThrow())
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
      return java.util.concurrent.CompletableFuture.failedFuture(e);
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

  @PreDestroy
  void close() throws IOException {
    if (transport.isPresent()) {
      transport.get().close();
    }
  }

  private static OpenSearchTransport transport(String url, CheckoutConfig.Search search) {
    URI uri = URI.create(url);
    var host = new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort());
    return ApacheHttpClient5TransportBuilder.builder(host)
        .setMapper(new JacksonJsonpMapper())
        .setHttpClientConfigCallback(
            builder -> {
              if (search.username().isPresent() && search.password().isPresent()) {
                var credentials = new BasicCredentialsProvider();
                credentials.setCredentials(
                    new AuthScope(host),
                    new UsernamePasswordCredentials(
                        search.username().get(), search.password().get().toCharArray()));
                builder.setDefaultCredentialsProvider(credentials);
              }
              return builder;
            })
        .build();
  }

  /** The only field a hit needs. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record IndexedSku(String sku) {}
}
