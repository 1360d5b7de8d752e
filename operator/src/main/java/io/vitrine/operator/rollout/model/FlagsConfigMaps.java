package io.vitrine.operator.rollout.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.vitrine.api.v1alpha1.rollout.StoreRollout;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ConfigMaps that carry a rollout's flags to tenant-service, with no client calls: one
 * immutable {@code <rollout>-flags-r<N>} per revision (data {@code flags.json}, tenant-service's
 * {@code FlagsDocument}) and a pointer {@code <rollout>-flags} whose {@code revision} says which is
 * in force. One object per revision whatever the number of stores.
 */
public final class FlagsConfigMaps {

  public static final String ROLLOUT_LABEL = "vitrine.io/rollout";
  public static final String REVISION_LABEL = "vitrine.io/flags-revision";
  public static final String POINTER_LABEL = "vitrine.io/flags-pointer";
  public static final String FLAGS_KEY = "flags.json";
  public static final String REVISION_KEY = "revision";

  /** Revisions kept for rollback and audit; older ones are deleted. */
  public static final int KEPT_REVISIONS = 10;

  private static final ObjectMapper JSON = new ObjectMapper();

  private FlagsConfigMaps() {}

  public static String pointerName(String rollout) {
    return rollout + "-flags";
  }

  public static String revisionName(String rollout, long revision) {
    return rollout + "-flags-r" + revision;
  }

  /** The immutable revision ConfigMap. */
  public static ConfigMap revision(StoreRollout rollout, long revision, FlagsContent content) {
    String name = rollout.getMetadata().getName();
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(revisionName(name, revision))
        .withNamespace(rollout.getMetadata().getNamespace())
        .withLabels(
            Map.of(
                ROLLOUT_LABEL,
                name,
                REVISION_LABEL,
                Long.toString(revision),
                "app.kubernetes.io/managed-by",
                "vitrine-operator"))
        .withOwnerReferences(owner(rollout))
        .endMetadata()
        .withImmutable(true)
        .withData(Map.of(FLAGS_KEY, document(name, revision, content)))
        .build();
  }

  /** The pointer ConfigMap naming the revision in force. */
  public static ConfigMap pointer(StoreRollout rollout, long revision) {
    String name = rollout.getMetadata().getName();
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(pointerName(name))
        .withNamespace(rollout.getMetadata().getNamespace())
        .withLabels(
            Map.of(
                ROLLOUT_LABEL,
                name,
                POINTER_LABEL,
                "true",
                "app.kubernetes.io/managed-by",
                "vitrine-operator"))
        .withOwnerReferences(owner(rollout))
        .endMetadata()
        .withData(Map.of(REVISION_KEY, Long.toString(revision)))
        .build();
  }

  /**
   * {@code {"rollout":..,"revision":N,"features":{"checkout-recommendations":{"allStores":false,
   * "stores":[..],"settings":{..}}}}}.
   */
  public static String document(String rollout, long revision, FlagsContent content) {
    ObjectNode root = JSON.createObjectNode();
    root.put("rollout", rollout);
    root.put("revision", revision);
    ObjectNode features = root.putObject("features");
    content
        .features()
        .forEach(
            (feature, stores) -> {
              ObjectNode node = features.putObject(feature);
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

  /** The content of a revision ConfigMap, or empty when it is not a readable one. */
  public static Optional<FlagsContent> content(ConfigMap revision) {
    String json = revision.getData() == null ? null : revision.getData().get(FLAGS_KEY);
    if (json == null) {
      return Optional.empty();
    }
    try {
      JsonNode features = JSON.readTree(json).path("features");
      var content = new TreeMap<String, FlagsContent.FeatureStores>();
      for (Iterator<Map.Entry<String, JsonNode>> it = features.fields(); it.hasNext(); ) {
        var entry = it.next();
        List<String> stores = new ArrayList<>();
        entry.getValue().path("stores").forEach(id -> stores.add(id.asText()));
        var settings = new TreeMap<String, String>();
        entry
            .getValue()
            .path("settings")
            .fields()
            .forEachRemaining(s -> settings.put(s.getKey(), s.getValue().asText()));
        content.put(
            entry.getKey(),
            new FlagsContent.FeatureStores(
                entry.getValue().path("allStores").asBoolean(), stores, settings));
      }
      return Optional.of(new FlagsContent(content));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** The revision a pointer names, or 0. */
  public static long pointedRevision(ConfigMap pointer) {
    try {
      return pointer == null || pointer.getData() == null
          ? 0
          : Long.parseLong(pointer.getData().getOrDefault(REVISION_KEY, "0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The revision number of a revision ConfigMap, from its label. */
  public static long revisionOf(ConfigMap configMap) {
    String label = configMap.getMetadata().getLabels().get(REVISION_LABEL);
    return label == null ? -1 : Long.parseLong(label);
  }

  /** Revisions to delete: all but the newest {@link #KEPT_REVISIONS} and never the one in force. */
  public static List<ConfigMap> expired(List<ConfigMap> revisions, long inForce) {
    List<ConfigMap> sorted =
        revisions.stream()
            .filter(cm -> revisionOf(cm) >= 0)
            .sorted((a, b) -> Long.compare(revisionOf(b), revisionOf(a)))
            .toList();
    return sorted.stream().skip(KEPT_REVISIONS).filter(cm -> revisionOf(cm) != inForce).toList();
  }

  private static OwnerReference owner(StoreRollout rollout) {
    return new OwnerReferenceBuilder()
        .withApiVersion(rollout.getApiVersion())
        .withKind(rollout.getKind())
        .withName(rollout.getMetadata().getName())
        .withUid(rollout.getMetadata().getUid())
        .withController(true)
        .withBlockOwnerDeletion(false)
        .build();
  }
}
