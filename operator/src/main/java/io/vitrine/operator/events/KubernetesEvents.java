package io.vitrine.operator.events;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Records Kubernetes Events about the operator's resources, where "kubectl describe" finds them: in
 * the resource's namespace, or in "default" for a cluster-scoped resource.
 */
@ApplicationScoped
public class KubernetesEvents {

  private static final Logger LOG = Logger.getLogger(KubernetesEvents.class);
  private static final String CLUSTER_SCOPED_EVENTS_NAMESPACE = "default";
  private static final String COMPONENT = "vitrine-operator";

  private final KubernetesClient client;

  public KubernetesEvents(KubernetesClient client) {
    this.client = client;
  }

  public void normal(HasMetadata about, String reason, String message) {
    record(about, "Normal", reason, message);
  }

  public void warning(HasMetadata about, String reason, String message) {
    record(about, "Warning", reason, message);
  }

  private void record(HasMetadata about, String type, String reason, String message) {
    String namespace = eventsNamespace(about);
    String now = Instant.now().toString();
    var event =
        new EventBuilder()
            .withNewMetadata()
            .withGenerateName(about.getMetadata().getName() + ".")
            .withNamespace(namespace)
            .endMetadata()
            .withInvolvedObject(
                new ObjectReferenceBuilder()
                    .withApiVersion(about.getApiVersion())
                    .withKind(about.getKind())
                    .withName(about.getMetadata().getName())
                    .withNamespace(about.getMetadata().getNamespace())
                    .withUid(about.getMetadata().getUid())
                    .withResourceVersion(about.getMetadata().getResourceVersion())
                    .build())
            .withType(type)
            .withReason(reason)
            .withMessage(message)
            .withNewSource()
            .withComponent(COMPONENT)
            .endSource()
            .withReportingComponent(COMPONENT)
            .withFirstTimestamp(now)
            .withLastTimestamp(now)
            .withCount(1)
            .build();
    try {
      client.v1().events().inNamespace(namespace).resource(event).create();
    } catch (KubernetesClientException e) {
      // An Event is a courtesy: failing to record one must not fail the reconciliation.
      LOG.warnf(
          "could not record event %s for %s %s: %s",
          reason, about.getKind(), about.getMetadata().getName(), e.getMessage());
    }
  }

  private static String eventsNamespace(HasMetadata about) {
    String namespace = about.getMetadata().getNamespace();
    return namespace == null ? CLUSTER_SCOPED_EVENTS_NAMESPACE : namespace;
  }
}
