package io.vitrine.kubectl;

import io.fabric8.kubernetes.api.model.authentication.SelfSubjectReview;
import io.fabric8.kubernetes.client.KubernetesClient;

/** The name of the Kubernetes user behind the current credentials, as "kubectl auth whoami". */
final class Whoami {

  private Whoami() {}

  static String username(KubernetesClient client) {
    SelfSubjectReview review =
        client.authentication().v1().selfSubjectReviews().create(new SelfSubjectReview());
    if (review.getStatus() == null
        || review.getStatus().getUserInfo() == null
        || review.getStatus().getUserInfo().getUsername() == null) {
      throw new IllegalStateException("the API server did not say who the current user is");
    }
    return review.getStatus().getUserInfo().getUsername();
  }
}
