package io.vitrine.operator.rollout;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.vitrine.operator.api.v1alpha1.rollout.StoreRollout;
import io.vitrine.operator.rollout.model.RolloutEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Kubernetes Events about a StoreRollout, in its namespace ("kubectl describe" shows them). */
@ApplicationScoped
public class RolloutEvents {

  private static final Logger LOG = Logger.getLogger(RolloutEvents.class);
  private static final String COMPONENT = "vitrine-operator";

  private final KubernetesClient client;

  public RolloutEvents(KubernetesClient client) {
    this.client = client;
  }

  public void record(StoreRollout rollout, RolloutEvent event) {
    String now = Instant.now().toString();
    String namespace = rollout.getMetadata().getNamespace();
    var kubernetesEvent =
        new EventBuilder()
            .withNewMetadata()
            .withGenerateName(rollout.getMetadata().getName() + ".")
            .withNamespace(namespace)
            .endMetadata()
            .withInvolvedObject(
                new ObjectReferenceBuilder()
                    .withApiVersion(rollout.getApiVersion())
                    .withKind(rollout.getKind())
                    .withName(rollout.getMetadata().getName())
                    .withNamespace(namespace)
                    .withUid(rollout.getMetadata().getUid())
                    .build())
            .withType(event.warning() ? "Warning" : "Normal")
            .withReason(event.reason())
            .withMessage(event.message())
            .withNewSource()
            .withComponent(COMPONENT)
            .endSource()
            .withReportingComponent(COMPONENT)
            .withFirstTimestamp(now)
            .withLastTimestamp(now)
            .withCount(1)
            .build();
    try {
      client.v1().events().inNamespace(namespace).resource(kubernetesEvent).create();
    } catch (KubernetesClientException e) {
      // An Event is a courtesy: failing to record one must not fail the reconciliation.
      LOG.warnf(
          "could not record event %s for rollout %s: %s",
          event.reason(), rollout.getMetadata().getName(), e.getMessage());
    }
  }
}
