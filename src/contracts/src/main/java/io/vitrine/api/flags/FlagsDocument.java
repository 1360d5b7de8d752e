package io.vitrine.api.flags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vitrine.api.v1alpha1.rollout.FeatureName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One published revision of a StoreRollout's feature flags: for each governed feature, the stores
 * it is on for. The operator writes it as {@value FlagsConfigMapLayout#FLAGS_KEY} in a ConfigMap
 * per revision ({@link FlagsConfigMapLayout}); tenant-service reads it and obeys it: {@code
 * {"rollout":..,"revision":N,"features":{"checkout-recommendations":{"allStores":false,
 * "stores":[..],"settings":{..}}}}}.
 *
 * @param rollout the StoreRollout that published it; each rollout governs its own features
 * @param revision increases with every publication of that rollout; rolling back publishes an older
 *     content under a new revision
 * @param features by feature key ({@link FeatureName#key()}), kept sorted; a feature absent here is
 *     not governed by this rollout
 */
public record FlagsDocument(String rollout, long revision, Map<String, FeatureStores> features) {

  private static final System.Logger LOG = System.getLogger(FlagsDocument.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();

  public FlagsDocument {
    features = Collections.unmodifiableSortedMap(new TreeMap<>(features));
  }

  /**
   * The document in {@code json}, or empty when it is not a flags document. Features this version
   * does not know are skipped, so that a newer operator cannot break an older tenant-service.
   */
  public static Optional<FlagsDocument> parse(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      if (!root.path("rollout").isTextual() || !root.path("revision").canConvertToLong()) {
        return Optional.empty();
      }
      var features = new TreeMap<String, FeatureStores>();
      root.path("features")
          .fields()
          .forEachRemaining(
              entry -> {
                if (FeatureName.fromKey(entry.getKey()).isPresent()) {
                  features.put(entry.getKey(), stores(entry.getValue()));
                } else {
                  LOG.log(
                      System.Logger.Level.WARNING,
                      "skipping unknown feature {0} in flags",
                      entry.getKey());
                }
              });
      return Optional.of(
          new FlagsDocument(root.get("rollout").asText(), root.get("revision").asLong(), features));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The document as the operator publishes it: features, stores and settings in their order. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("rollout", rollout);
    root.put("revision", revision);
    ObjectNode byFeature = root.putObject("features");
    features.forEach(
        (feature, stores) -> {
          ObjectNode node = byFeature.putObject(feature);
          node.put("allStores", stores.allStores());
          var ids = node.putArray("stores");
          stores.stores().forEach(ids::add);
          var settings = node.putObject("settings");
          stores.settings().forEach(settings::put);
        });
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FeatureStores stores(JsonNode node) {
    Set<String> stores = new LinkedHashSet<>();
    node.path("stores").forEach(id -> stores.add(id.asText()));
    var settings = new TreeMap<String, String>();
    node.path("settings")
        .fields()
        .forEachRemaining(s -> settings.put(s.getKey(), s.getValue().asText()));
    return new FeatureStores(node.path("allStores").asBoolean(), stores, settings);
  }

  /**
   * The stores a feature is on for.
   *
   * @param allStores on for every store, including stores added later
   * @param stores POS location ids, when not all stores, in the order given
   * @param settings per-feature settings from the StoreRollout spec, by name
   */
  public record FeatureStores(boolean allStores, Set<String> stores, Map<String, String> settings) {

    public FeatureStores {
      stores = Collections.unmodifiableSet(new LinkedHashSet<>(stores));
      settings =
          Collections.unmodifiableSortedMap(new TreeMap<>(settings == null ? Map.of() : settings));
    }

    public boolean includes(String storeId) {
      return allStores || stores.contains(storeId);
    }
  }
}
