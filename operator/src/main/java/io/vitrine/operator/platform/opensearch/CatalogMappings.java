package io.vitrine.operator.platform.opensearch;

import io.vitrine.operator.platform.Sha256;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.json.JsonpSerializable;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.indices.IndexSettingsAnalysis;

/**
 * Builds a tenant's catalog mapping from its spec, with no client calls. The version is a content
 * hash of everything fixed when an index is created (mappings, analysis, shard count), so any
 * change to those yields a new index name while a replica change does not.
 */
public final class CatalogMappings {

  /** The {@code _meta} key holding the version an index was created with. */
  public static final String VERSION_META = "vitrine_mapping_version";

  /** Lowercases and strips accents, so INCI names match however a feed spells them. */
  public static final String INCI_NORMALIZER = "inci";

  private static final int VERSION_LENGTH = 12;
  private static final JsonpMapper JSON = new JacksonJsonpMapper();

  private CatalogMappings() {}

  public static CatalogMapping forSpec(CatalogIndexSpec spec) {
    TypeMapping unversioned = mappings(spec).build();
    IndexSettingsAnalysis analysis = analysis();
    String version =
        Sha256.hex(toJson(unversioned) + "\n" + toJson(analysis) + "\nshards=" + spec.shards())
            .substring(0, VERSION_LENGTH);
    TypeMapping versioned = mappings(spec).meta(VERSION_META, JsonData.of(version)).build();
    return new CatalogMapping(version, versioned, analysis);
  }

  /** The concrete index an alias points at for a mapping version. */
  public static String indexName(String alias, String version) {
    return alias + "-" + version;
  }

  /** Whether {@code index} is a versioned index this class names for {@code alias}. */
  /** An index of the alias: versioned by this class, or rebuilt by tenant-service. */
  static boolean isIndexOf(String alias, String index) {
    return isVersionedIndexOf(alias, index)
        || index.matches(Pattern.quote(alias) + "-rebuild-[0-9]+");
  }

  static boolean isVersionedIndexOf(String alias, String index) {
    return index.startsWith(alias + "-")
        && index.substring(alias.length() + 1).matches("[0-9a-f]{" + VERSION_LENGTH + "}");
  }

  private static TypeMapping.Builder mappings(CatalogIndexSpec spec) {
    Map<String, Property> properties = new LinkedHashMap<>();
    properties.put("sku", keyword());
    properties.put("brand", keyword());
    properties.put("category", keyword());
    properties.put("name", Property.of(p -> p.text(t -> t)));
    properties.put("description", Property.of(p -> p.text(t -> t)));
    properties.put("price", Property.of(p -> p.scaledFloat(f -> f.scalingFactor(100.0))));
    properties.put("in_stock_stores", keyword());
    for (AttributeFamily family : AttributeFamily.values()) {
      if (spec.families().contains(family)) {
        properties.putAll(familyProperties(family));
      }
    }
    properties.put("embedding", embedding(spec.embeddingDimension()));
    // Unknown fields stay in _source but are not indexed: tenants cannot grow the mapping.
    return new TypeMapping.Builder().dynamic(DynamicMapping.False).properties(properties);
  }

  private static Map<String, Property> familyProperties(AttributeFamily family) {
    Map<String, Property> properties = new LinkedHashMap<>();
    switch (family) {
      case BEAUTY -> {
        properties.put(
            "ingredients", Property.of(p -> p.keyword(k -> k.normalizer(INCI_NORMALIZER))));
        properties.put("concerns", keyword());
        properties.put("finish", keyword());
        properties.put("skin_types", keyword());
        properties.put("shade", keyword());
      }
      case LUXURY -> {
        properties.put("serialized", Property.of(p -> p.boolean_(b -> b)));
        properties.put("warranty_months", Property.of(p -> p.integer(i -> i)));
        properties.put("service_interval_months", Property.of(p -> p.integer(i -> i)));
      }
    }
    return properties;
  }

  /** HNSW on Lucene: the faiss engine crashes the OpenSearch node of the platform. */
  private static Property embedding(int dimension) {
    return Property.of(
        p ->
            p.knnVector(
                k ->
                    k.dimension(dimension)
                        .method(m -> m.name("hnsw").engine("lucene").spaceType("cosinesimil"))));
  }

  private static IndexSettingsAnalysis analysis() {
    return IndexSettingsAnalysis.of(
        a ->
            a.normalizer(
                INCI_NORMALIZER, n -> n.custom(c -> c.filter("lowercase", "asciifolding"))));
  }

  private static Property keyword() {
    return Property.of(p -> p.keyword(k -> k));
  }

  static String toJson(JsonpSerializable value) {
    StringWriter json = new StringWriter();
    try (JsonGenerator generator = JSON.jsonProvider().createGenerator(json)) {
      value.serialize(generator, JSON);
    }
    return json.toString();
  }
}
