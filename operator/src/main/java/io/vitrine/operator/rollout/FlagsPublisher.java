package io.vitrine.operator.rollout;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.vitrine.api.flags.FlagsConfigMapLayout;
import io.vitrine.api.v1alpha1.rollout.StoreRollout;
import io.vitrine.operator.rollout.model.FlagsConfigMaps;
import io.vitrine.operator.rollout.model.FlagsContent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Publishes a rollout's flags: a new immutable revision ConfigMap when the content differs from the
 * revision in force, then the pointer. One list call and, on a change, three writes, whatever the
 * number of stores.
 */
@ApplicationScoped
public class FlagsPublisher {

  private final KubernetesClient client;

  public FlagsPublisher(KubernetesClient client) {
    this.client = client;
  }

  /**
   * Makes {@code content} the flags in force.
   *
   * @return the revision in force afterwards, and whether it is new
   */
  public Published publish(StoreRollout rollout, FlagsContent content) {
    String namespace = rollout.getMetadata().getNamespace();
    String name = rollout.getMetadata().getName();
    List<ConfigMap> existing =
        client
            .configMaps()
            .inNamespace(namespace)
            .withLabel(FlagsConfigMapLayout.ROLLOUT_LABEL, name)
            .list()
            .getItems();
    Optional<ConfigMap> pointer =
        existing.stream()
            .filter(cm -> cm.getMetadata().getName().equals(FlagsConfigMapLayout.pointerName(name)))
            .findFirst();
    List<ConfigMap> revisions =
        existing.stream()
            .filter(
                cm -> cm.getMetadata().getLabels().containsKey(FlagsConfigMapLayout.REVISION_LABEL))
            .toList();
    long inForce = pointer.map(FlagsConfigMapLayout::pointedRevision).orElse(0L);
    Optional<FlagsContent> current =
        revisions.stream()
            .filter(cm -> FlagsConfigMaps.revisionOf(cm) == inForce)
            .findFirst()
            .flatMap(FlagsConfigMaps::content);
    if (current.isPresent() && current.get().equals(content)) {
      return new Published(inForce, false);
    }
    long next = revisions.stream().mapToLong(FlagsConfigMaps::revisionOf).max().orElse(0L) + 1;
    next = Math.max(next, inForce + 1);
    client.resource(FlagsConfigMaps.revision(rollout, next, content)).create();
    client.resource(FlagsConfigMaps.pointer(rollout, next)).forceConflicts().serverSideApply();
    for (ConfigMap expired : FlagsConfigMaps.expired(revisions, next)) {
      client.resource(expired).delete();
    }
    return new Published(next, true);
  }

  /** The revision in force and whether this call published it. */
  public record Published(long revision, boolean changed) {}
}
