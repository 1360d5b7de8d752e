package io.vitrine.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.testing.LocalStack;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import java.util.UUID;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

class OpenSearchIT {

  record Product(String sku, String name, List<Float> embedding) {}

  private final String index = "stack-it-" + UUID.randomUUID().toString().substring(0, 8);
  private OpenSearchClient client;

  @BeforeEach
  void connect() throws URISyntaxException {
    var host = HttpHost.create(LocalStack.load().get("VITRINE_OPENSEARCH_URL"));
    client =
        new OpenSearchClient(
            ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper())
                .build());
  }

  @Test
  void indexesAndAnswersTextAndVectorQueries() throws IOException {
    createIndexWithLuceneKnnVector();
    index(new Product("SRM-1", "Hydrating hyaluronic serum", List.of(1f, 0f, 0f)));
    index(new Product("MST-1", "Rich night moisturizer", List.of(0f, 1f, 0f)));
    index(new Product("PRM-1", "Smoothing foundation primer", List.of(0f, 0f, 1f)));
    client.indices().refresh(r -> r.index(index));

    SearchResponse<Product> text =
        client.search(
            s ->
                s.index(index)
                    .query(q -> q.match(m -> m.field("name").query(v -> v.stringValue("serum")))),
            Product.class);
    SearchResponse<Product> nearest =
        client.search(
            s ->
                s.index(index)
                    .query(q -> q.knn(k -> k.field("embedding").vector(0.1f, 0.9f, 0.05f).k(1)))
                    .size(1),
            Product.class);

    assertThat(text.hits().hits()).extracting(hit -> hit.source().sku()).containsExactly("SRM-1");
    assertThat(nearest.hits().hits())
        .extracting(hit -> hit.source().sku())
        .containsExactly("MST-1");
  }

  private void createIndexWithLuceneKnnVector() throws IOException {
    client
        .indices()
        .create(
            c ->
                c.index(index)
                    .settings(s -> s.knn(true).numberOfShards(1).numberOfReplicas(0))
                    .mappings(
                        m ->
                            m.properties("sku", p -> p.keyword(k -> k))
                                .properties("name", p -> p.text(t -> t))
                                .properties(
                                    "embedding",
                                    p ->
                                        p.knnVector(
                                            k ->
                                                k.dimension(3)
                                                    .method(
                                                        method ->
                                                            method
                                                                .name("hnsw")
                                                                .engine("lucene")
                                                                .spaceType("l2"))))));
  }

  private void index(Product product) throws IOException {
    client.index(i -> i.index(index).id(product.sku()).document(product));
  }

  @AfterEach
  void deleteIndex() throws IOException {
    if (client.indices().exists(e -> e.index(index)).value()) {
      client.indices().delete(d -> d.index(index));
    }
  }
}
