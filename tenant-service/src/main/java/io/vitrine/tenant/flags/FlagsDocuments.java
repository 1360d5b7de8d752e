package io.vitrine.tenant.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Reads the {@code flags.json} the operator publishes: {@code {"rollout":..., "revision":N,
 * "features":{"checkout-recommendations":{"allStores":false,"stores":[...],"settings":{...}}}}}.
 * Features this version does not know are skipped, so a newer operator cannot break it.
 */
public final class FlagsDocuments {

  private static final Logger LOG = Logger.getLogger(FlagsDocuments.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private FlagsDocuments() {}

  public static Optional<FlagsDocument> parse(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      if (!root.path("rollout").isTextual() || !root.path("revision").canConvertToLong()) {
        return Optional.empty();
      }
      Map<Feature, FlagsDocument.FeatureStores> features = new EnumMap<>(Feature.class);
      root.path("features")
          .fields()
          .forEachRemaining(
              entry ->
                  Feature.fromKey(entry.getKey())
                      .ifPresentOrElse(
                          feature -> features.put(feature, stores(entry.getValue())),
                          () -> LOG.warnf("skipping unknown feature %s in flags", entry.getKey())));
      return Optional.of(
          new FlagsDocument(root.get("rollout").asText(), root.get("revision").asLong(), features));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static FlagsDocument.FeatureStores stores(JsonNode node) {
    Set<String> stores = new HashSet<>();
    node.path("stores").forEach(id -> stores.add(id.asText()));
    Map<String, String> settings = new HashMap<>();
    node.path("settings")
        .fields()
        .forEachRemaining(s -> settings.put(s.getKey(), s.getValue().asText()));
    return new FlagsDocument.FeatureStores(node.path("allStores").asBoolean(), stores, settings);
  }
}
