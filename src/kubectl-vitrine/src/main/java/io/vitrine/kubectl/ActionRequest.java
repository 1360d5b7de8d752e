package io.vitrine.kubectl;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.client.utils.Serialization;

/**
 * What the command line asks the operator to do with a StoreRollout, written as JSON to the {@code
 * vitrine.io/action} annotation. The operator records the outcome under the same id in {@code
 * status.actions[]} and sets {@code status.lastHandledActionId}.
 *
 * @param id a fresh UUID, so the operator handles each request once
 * @param action approve, pause, resume, abort or retry
 * @param phase the phase approved (approve only)
 * @param by the Kubernetes user who asked, from a SelfSubjectReview
 * @param at when they asked (RFC 3339)
 * @param reason why (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ActionRequest(String id, String action, String phase, String by, String at, String reason) {

  String toJson() {
    return Serialization.asJson(this);
  }
}
