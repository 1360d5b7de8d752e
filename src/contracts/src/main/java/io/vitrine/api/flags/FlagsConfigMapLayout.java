package io.vitrine.api.flags;

import io.fabric8.kubernetes.api.model.ConfigMap;

/**
 * How the operator lays out a rollout's flags in the rollout's namespace, for tenant-service to
 * watch: one immutable {@code <rollout>-flags-r<N>} per revision, whose {@value #FLAGS_KEY} is a
 * {@link FlagsDocument}, and a pointer {@code <rollout>-flags} whose {@value #REVISION_KEY} names
 * the revision in force. Both carry the label {@value #ROLLOUT_LABEL}; a deleted pointer withdraws
 * the rollout's flags.
 */
public final class FlagsConfigMapLayout {

  /** On both ConfigMaps: the StoreRollout's name. */
  public static final String ROLLOUT_LABEL = "vitrine.io/rollout";

  /** On a revision ConfigMap: its revision number. */
  public static final String REVISION_LABEL = "vitrine.io/flags-revision";

  /** On the pointer ConfigMap: {@code "true"}. */
  public static final String POINTER_LABEL = "vitrine.io/flags-pointer";

  /** The revision ConfigMap's data key holding the {@link FlagsDocument}. */
  public static final String FLAGS_KEY = "flags.json";

  /** The pointer ConfigMap's data key holding the revision in force. */
  public static final String REVISION_KEY = "revision";

  private FlagsConfigMapLayout() {}

  public static String pointerName(String rollout) {
    return rollout + "-flags";
  }

  public static String revisionName(String rollout, long revision) {
    return rollout + "-flags-r" + revision;
  }

  /** The revision a pointer names, or 0 when it names none. */
  public static long pointedRevision(ConfigMap pointer) {
    try {
      return pointer == null || pointer.getData() == null
          ? 0
          : Long.parseLong(pointer.getData().getOrDefault(REVISION_KEY, "0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
