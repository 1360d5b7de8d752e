package io.vitrine.operator.status;

import io.fabric8.kubernetes.client.CustomResource;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.util.Objects;

/**
 * Writes a computed status only when it differs, by value, from the stored one: an idle resource
 * causes no writes. Status classes implement {@code equals}, and {@link Conditions} keeps
 * transition times, so that recomputing an unchanged status gives an equal one.
 */
public final class StatusPatch {

  private StatusPatch() {}

  public static <S, R extends CustomResource<?, S>> boolean changes(R resource, S next) {
    return !Objects.equals(resource.getStatus(), next);
  }

  public static <S, R extends CustomResource<?, S>> UpdateControl<R> ifChanged(R resource, S next) {
    if (!changes(resource, next)) {
      return UpdateControl.noUpdate();
    }
    resource.setStatus(next);
    return UpdateControl.patchStatus(resource);
  }

  public static <S, R extends CustomResource<?, S>> ErrorStatusUpdateControl<R> errorIfChanged(
      R resource, S next) {
    if (!changes(resource, next)) {
      return ErrorStatusUpdateControl.noStatusUpdate();
    }
    resource.setStatus(next);
    return ErrorStatusUpdateControl.patchStatus(resource);
  }
}
