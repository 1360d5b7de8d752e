package io.vitrine.operator.platform.opensearch;

import static io.vitrine.operator.platform.opensearch.AttributeFamily.BEAUTY;
import static io.vitrine.operator.platform.opensearch.AttributeFamily.LUXURY;
import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.testing.LocalStack;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

class OpenSearchCatalogsIT {

  record Product(String sku, String name, List<String> ingredients, float[] embedding) {}

  private final String url = LocalStack.load().get("VITRINE_OPENSEARCH_URL");
  private final String alias = "it-catalog-" + UUID.randomUUID().toString().substring(0, 8);
  private final String neighbour = alias + "-eu";
  private final OpenSearchCatalogs catalogs =
      new OpenSearchCatalogs(url, Optional.empty(), Optional.empty());
  private OpenSearchClient client;

  @BeforeEach
  void connect() throws URISyntaxException {
    client =
        new OpenSearchClient(
            ApacheHttpClient5TransportBuilder.builder(HttpHost.create(url))
                .setMapper(new JacksonJsonpMapper())
                .build());
  }

  @AfterEach
  void dropCatalogs() throws IOException {
    catalogs.drop(alias);
    catalogs.drop(neighbour);
    catalogs.close();
    client._transport().close();
  }

  @Test
  void applyCreatesAVersionedIndexBehindTheAliasOnce() throws IOException {
    var spec = spec(1, 0, Set.of(BEAUTY));
    String version = CatalogMappings.forSpec(spec).version();

    catalogs.apply(spec);
    catalogs.apply(spec);

    assertThat(catalogs.find(alias))
        .contains(new CatalogIndex(alias, alias + "-" + version, 1, 0, version));
    assertThat(indicesNamedAfterAlias()).containsExactly(alias + "-" + version);
  }

  @Test
  void findIsEmptyWithoutTheAlias() {
    assertThat(catalogs.find(alias)).isEmpty();
  }

  @Test
  void textVectorAndIngredientQueriesWorkThroughTheAlias() throws IOException {
    catalogs.apply(spec(1, 0, Set.of(BEAUTY)));
    index(new Product("SRM-1", "Hydrating serum", List.of("AQUA", "GLYCERIN"), v(1, 0, 0)));
    index(new Product("MST-1", "Night moisturizer", List.of("Bétaïne", "Aqua"), v(0, 1, 0)));

    assertThat(skus(Query.of(q -> q.match(m -> m.field("name").query(text("serum"))))))
        .containsExactly("SRM-1");
    assertThat(skus(Query.of(q -> q.knn(k -> k.field("embedding").vector(0.1f, 0.9f, 0f).k(1)))))
        .containsExactly("MST-1");
    assertThat(skus(Query.of(q -> q.term(t -> t.field("ingredients").value(text("betaine"))))))
        .containsExactly("MST-1");
    assertThat(skus(Query.of(q -> q.term(t -> t.field("ingredients").value(text("Aqua"))))))
        .containsExactlyInAnyOrder("SRM-1", "MST-1");
  }

  @Test
  void replicasChangeInPlace() {
    catalogs.apply(spec(1, 0, Set.of(BEAUTY)));
    CatalogIndex before = catalogs.find(alias).orElseThrow();

    catalogs.apply(spec(1, 1, Set.of(BEAUTY)));

    CatalogIndex after = catalogs.find(alias).orElseThrow();
    assertThat(after.index()).isEqualTo(before.index());
    assertThat(after.replicas()).isEqualTo(1);
  }

  @Test
  void familiesChangeSwapsTheAliasToANewIndexAndKeepsTheOld() throws IOException {
    catalogs.apply(spec(1, 0, Set.of(BEAUTY)));
    String beautyIndex = catalogs.find(alias).orElseThrow().index();

    catalogs.apply(spec(1, 0, Set.of(BEAUTY, LUXURY)));

    CatalogIndex swapped = catalogs.find(alias).orElseThrow();
    assertThat(swapped.index()).isNotEqualTo(beautyIndex);
    assertThat(swapped.mappingVersion())
        .isEqualTo(CatalogMappings.forSpec(spec(1, 0, Set.of(BEAUTY, LUXURY))).version());
    assertThat(indicesBehindAlias()).containsExactly(swapped.index());
    assertThat(indicesNamedAfterAlias()).containsExactlyInAnyOrder(beautyIndex, swapped.index());
  }

  @Test
  void shardChangeCreatesANewIndexAndGoingBackReusesTheOldOne() throws IOException {
    catalogs.apply(spec(1, 0, Set.of(LUXURY)));
    String oneShard = catalogs.find(alias).orElseThrow().index();

    catalogs.apply(spec(2, 0, Set.of(LUXURY)));
    CatalogIndex twoShards = catalogs.find(alias).orElseThrow();
    catalogs.apply(spec(1, 1, Set.of(LUXURY)));

    assertThat(twoShards.shards()).isEqualTo(2);
    assertThat(twoShards.index()).isNotEqualTo(oneShard);
    assertThat(catalogs.find(alias))
        .hasValueSatisfying(
            index -> {
              assertThat(index.index()).isEqualTo(oneShard);
              assertThat(index.replicas()).isEqualTo(1);
            });
    assertThat(indicesBehindAlias()).containsExactly(oneShard);
  }

  @Test
  void dropRemovesEveryIndexOfTheAliasButNoNeighbour() throws IOException {
    catalogs.apply(spec(1, 0, Set.of(BEAUTY)));
    catalogs.apply(spec(1, 0, Set.of(LUXURY)));
    catalogs.apply(new CatalogIndexSpec(neighbour, 1, 0, Set.of(BEAUTY), 3));

    catalogs.drop(alias);
    catalogs.drop(alias);

    assertThat(catalogs.find(alias)).isEmpty();
    assertThat(indicesNamedAfterAlias()).allMatch(index -> index.startsWith(neighbour + "-"));
    assertThat(catalogs.find(neighbour)).isPresent();
  }

  @Test
  void aTenantRebuildWithTheSameMappingStaysBehindTheAliasAndIsDroppedWithIt() throws IOException {
    var spec = spec(1, 0, Set.of(BEAUTY));
    catalogs.apply(spec);
    CatalogIndex created = catalogs.find(alias).orElseThrow();
    String rebuilt = alias + "-rebuild-" + System.currentTimeMillis();
    rebuildAs(rebuilt, created);

    catalogs.apply(spec);

    assertThat(catalogs.find(alias))
        .hasValueSatisfying(
            index -> {
              assertThat(index.index()).isEqualTo(rebuilt);
              assertThat(index.servesLike(created)).isTrue();
            });
    catalogs.drop(alias);
    assertThat(indicesNamedAfterAlias()).isEmpty();
  }

  /** What tenant-service's rebuild does: a new index with the same mapping, then the alias swap. */
  private void rebuildAs(String rebuilt, CatalogIndex current) throws IOException {
    client
        .indices()
        .create(
            c ->
                c.index(rebuilt)
                    .settings(s -> s.numberOfShards(current.shards()).numberOfReplicas(0))
                    .mappings(
                        m ->
                            m.meta(
                                CatalogMappings.VERSION_META,
                                JsonData.of(current.mappingVersion()))));
    client
        .indices()
        .updateAliases(
            u ->
                u.actions(a -> a.remove(r -> r.index(current.index()).alias(alias)))
                    .actions(a -> a.add(add -> add.index(rebuilt).alias(alias))));
  }

  private CatalogIndexSpec spec(int shards, int replicas, Set<AttributeFamily> families) {
    return new CatalogIndexSpec(alias, shards, replicas, families, 3);
  }

  private void index(Product product) throws IOException {
    client.index(i -> i.index(alias).id(product.sku()).document(product).refresh(Refresh.True));
  }

  private List<String> skus(Query query) throws IOException {
    return client.search(s -> s.index(alias).query(query), Product.class).hits().hits().stream()
        .map(Hit::source)
        .map(Product::sku)
        .toList();
  }

  private Set<String> indicesBehindAlias() throws IOException {
    return client.indices().getAlias(a -> a.name(alias)).result().keySet();
  }

  private Set<String> indicesNamedAfterAlias() throws IOException {
    return client.indices().get(g -> g.index(alias + "-*")).result().keySet();
  }

  private static FieldValue text(String value) {
    return FieldValue.of(value);
  }

  private static float[] v(float... values) {
    return values;
  }
}
