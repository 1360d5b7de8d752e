package io.vitrine.operator.rollout;

import io.javaoperatorsdk.operator.processing.event.source.filter.OnUpdateFilter;
import io.vitrine.api.v1alpha1.rollout.StoreRollout;
import java.util.Map;
import java.util.Objects;

/**
 * The updates of a StoreRollout worth a reconciliation: a new generation of the spec, as for every
 * generation-aware resource, or a new action in the {@value StoreRollout#ACTION_ANNOTATION}
 * annotation, which changes no generation. The operator's own status writes are not, so that a
 * running phase moves once per evaluation interval.
 */
public class SpecOrActionChanged implements OnUpdateFilter<StoreRollout> {

  @Override
  public boolean accept(StoreRollout updated, StoreRollout old) {
    return newGeneration(updated, old)
        || !Objects.equals(action(updated), action(old))
        || updated.isMarkedForDeletion();
  }

  private static boolean newGeneration(StoreRollout updated, StoreRollout old) {
    Long now = updated.getMetadata().getGeneration();
    Long before = old.getMetadata().getGeneration();
    return now == null || before == null || now > before;
  }

  private static String action(StoreRollout rollout) {
    Map<String, String> annotations = rollout.getMetadata().getAnnotations();
    return annotations == null ? null : annotations.get(StoreRollout.ACTION_ANNOTATION);
  }
}
