package io.vitrine.operator.platform.opensearch;

import static io.vitrine.operator.platform.opensearch.AttributeFamily.BEAUTY;
import static io.vitrine.operator.platform.opensearch.AttributeFamily.LUXURY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogMappingsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void mapsTheCommonFields() throws Exception {
    JsonNode properties = mappingOf(spec(Set.of())).get("properties");

    assertThat(properties.at("/sku/type").asText()).isEqualTo("keyword");
    assertThat(properties.at("/brand/type").asText()).isEqualTo("keyword");
    assertThat(properties.at("/category/type").asText()).isEqualTo("keyword");
    assertThat(properties.at("/name/type").asText()).isEqualTo("text");
    assertThat(properties.at("/description/type").asText()).isEqualTo("text");
    assertThat(properties.at("/price/type").asText()).isEqualTo("scaled_float");
    assertThat(properties.at("/price/scaling_factor").asDouble()).isEqualTo(100.0);
    assertThat(properties.at("/in_stock_stores/type").asText()).isEqualTo("keyword");
    assertThat(properties.has("ingredients")).isFalse();
    assertThat(properties.has("serialized")).isFalse();
  }

  @Test
  void embeddingIsAnHnswVectorOnTheLuceneEngine() throws Exception {
    JsonNode embedding = mappingOf(spec(Set.of())).at("/properties/embedding");

    assertThat(embedding.get("type").asText()).isEqualTo("knn_vector");
    assertThat(embedding.get("dimension").asInt()).isEqualTo(384);
    assertThat(embedding.at("/method/name").asText()).isEqualTo("hnsw");
    assertThat(embedding.at("/method/engine").asText()).isEqualTo("lucene");
    assertThat(embedding.at("/method/space_type").asText()).isIn("l2", "cosinesimil");
  }

  @Test
  void beautyAddsNormalisedIngredientsAndItsFacets() throws Exception {
    CatalogMapping mapping = CatalogMappings.forSpec(spec(Set.of(BEAUTY)));
    JsonNode properties = json(CatalogMappings.toJson(mapping.mappings())).get("properties");
    JsonNode analysis = json(CatalogMappings.toJson(mapping.analysis()));

    assertThat(properties.at("/ingredients/type").asText()).isEqualTo("keyword");
    assertThat(properties.at("/ingredients/normalizer").asText())
        .isEqualTo(CatalogMappings.INCI_NORMALIZER);
    assertThat(analysis.at("/normalizer/" + CatalogMappings.INCI_NORMALIZER + "/filter"))
        .extracting(JsonNode::asText)
        .containsExactly("lowercase", "asciifolding");
    for (String facet : new String[] {"concerns", "finish", "skin_types", "shade"}) {
      assertThat(properties.at("/" + facet + "/type").asText()).as(facet).isEqualTo("keyword");
    }
    assertThat(properties.has("serialized")).isFalse();
  }

  @Test
  void luxuryAddsServiceFields() throws Exception {
    JsonNode properties = mappingOf(spec(Set.of(LUXURY))).get("properties");

    assertThat(properties.at("/serialized/type").asText()).isEqualTo("boolean");
    assertThat(properties.at("/warranty_months/type").asText()).isEqualTo("integer");
    assertThat(properties.at("/service_interval_months/type").asText()).isEqualTo("integer");
    assertThat(properties.has("ingredients")).isFalse();
  }

  @Test
  void metaCarriesTheVersion() throws Exception {
    CatalogMapping mapping = CatalogMappings.forSpec(spec(Set.of(BEAUTY)));

    JsonNode meta = json(CatalogMappings.toJson(mapping.mappings())).get("_meta");

    assertThat(meta.get("vitrine_mapping_version").asText()).isEqualTo(mapping.version());
    assertThat(mapping.version()).matches("[0-9a-f]{12}");
  }

  @Test
  void versionIsStableForEqualSpecsAndIgnoresReplicas() {
    var spec = new CatalogIndexSpec("catalog-acme", 1, 0, Set.of(BEAUTY, LUXURY), 384);
    var moreReplicas = new CatalogIndexSpec("catalog-acme", 1, 2, Set.of(LUXURY, BEAUTY), 384);
    var otherAlias = new CatalogIndexSpec("catalog-other", 1, 0, Set.of(BEAUTY, LUXURY), 384);

    assertThat(version(spec)).isEqualTo(version(moreReplicas)).isEqualTo(version(otherAlias));
  }

  @Test
  void versionChangesWithFamiliesShardsAndDimension() {
    var spec = new CatalogIndexSpec("catalog-acme", 1, 0, Set.of(BEAUTY), 384);

    assertThat(version(spec))
        .isNotEqualTo(version(new CatalogIndexSpec("catalog-acme", 1, 0, Set.of(LUXURY), 384)))
        .isNotEqualTo(version(new CatalogIndexSpec("catalog-acme", 2, 0, Set.of(BEAUTY), 384)))
        .isNotEqualTo(version(new CatalogIndexSpec("catalog-acme", 1, 0, Set.of(BEAUTY), 768)));
  }

  @Test
  void indexNamesAreTheAliasAndVersion() {
    assertThat(CatalogMappings.indexName("catalog-acme", "0123456789ab"))
        .isEqualTo("catalog-acme-0123456789ab");
    assertThat(CatalogMappings.isVersionedIndexOf("catalog-acme", "catalog-acme-0123456789ab"))
        .isTrue();
    assertThat(CatalogMappings.isVersionedIndexOf("catalog-acme", "catalog-acme-eu-0123456789ab"))
        .isFalse();
    assertThat(CatalogMappings.isVersionedIndexOf("catalog-acme", "catalog-acme-backup")).isFalse();
  }

  @Test
  void specRejectsInvalidValues() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CatalogIndexSpec("Catalog", 1, 0, Set.of(), 3));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CatalogIndexSpec("catalog/acme", 1, 0, Set.of(), 3));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CatalogIndexSpec("catalog", 0, 0, Set.of(), 3));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CatalogIndexSpec("catalog", 1, -1, Set.of(), 3));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CatalogIndexSpec("catalog", 1, 0, Set.of(), 0));
  }

  private static CatalogIndexSpec spec(Set<AttributeFamily> families) {
    return new CatalogIndexSpec("catalog-acme", 1, 0, families, 384);
  }

  private static String version(CatalogIndexSpec spec) {
    return CatalogMappings.forSpec(spec).version();
  }

  private static JsonNode mappingOf(CatalogIndexSpec spec) throws Exception {
    return json(CatalogMappings.toJson(CatalogMappings.forSpec(spec).mappings()));
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }
}
