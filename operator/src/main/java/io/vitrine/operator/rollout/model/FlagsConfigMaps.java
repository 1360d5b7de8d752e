package io.vitrine.operator.rollout.model;

import static io.vitrine.api.flags.FlagsConfigMapLayout.FLAGS_KEY;
import static io.vitrine.api.flags.FlagsConfigMapLayout.POINTER_LABEL;
import static io.vitrine.api.flags.FlagsConfigMapLayout.REVISION_KEY;
import static io.vitrine.api.flags.FlagsConfigMapLayout.REVISION_LABEL;
import static io.vitrine.api.flags.FlagsConfigMapLayout.ROLLOUT_LABEL;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.vitrine.api.flags.FlagsConfigMapLayout;
import io.vitrine.api.flags.FlagsDocument;
import io.vitrine.api.v1alpha1.rollout.StoreRollout;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ConfigMaps that carry a rollout's flags to tenant-service, laid out as {@link
 * FlagsConfigMapLayout} says, with no client calls: one immutable revision ConfigMap per revision
 * and a pointer naming the revision in force. One object per revision whatever the number of
 * stores.
 */
public final class FlagsConfigMaps {

  /** Revisions kept for rollback and audit; older ones are deleted. */
  public static final int KEPT_REVISIONS = 10;

  private FlagsConfigMaps() {}

  /** The immutable revision ConfigMap. */
  public static ConfigMap revision(StoreRollout rollout, long revision, FlagsContent content) {
    String name = rollout.getMetadata().getName();
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(FlagsConfigMapLayout.revisionName(name, revision))
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
        .withName(FlagsConfigMapLayout.pointerName(name))
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

  /** The {@link FlagsDocument} of a revision, as JSON. */
  public static String document(String rollout, long revision, FlagsContent content) {
    return content.document(rollout, revision).toJson();
  }

  /** The content of a revision ConfigMap, or empty when it is not a readable one. */
  public static Optional<FlagsContent> content(ConfigMap revision) {
    String json = revision.getData() == null ? null : revision.getData().get(FLAGS_KEY);
    return json == null ? Optional.empty() : FlagsDocument.parse(json).map(FlagsContent::of);
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
