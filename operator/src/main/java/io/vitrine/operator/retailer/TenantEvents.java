package io.vitrine.operator.retailer;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.vitrine.operator.api.v1alpha1.RetailerIntegration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Kubernetes Events about a RetailerIntegration. It is cluster-scoped, so its Events live in the
 * "default" namespace, where "kubectl describe retailerintegration" finds them.
 */
@ApplicationScoped
public class TenantEvents {

  private static final Logger LOG = Logger.getLogger(TenantEvents.class);
  private static final String EVENTS_NAMESPACE = "default";
  private static final String COMPONENT = "vitrine-operator";

  @Inject KubernetesClient client;

  public void normal(RetailerIntegration retailer, String reason, String message) {
    record(retailer, "Normal", reason, message);
  }

  public void warning(RetailerIntegration retailer, String reason, String message) {
    record(retailer, "Warning", reason, message);
  }

  private void record(RetailerIntegration retailer, String type, String reason, String message) {
    String now = Instant.now().toString();
    var event =
        new EventBuilder()
            .withNewMetadata()
            .withGenerateName(retailer.getMetadata().getName() + ".")
            .withNamespace(EVENTS_NAMESPACE)
            .endMetadata()
            .withInvolvedObject(
                new ObjectReferenceBuilder()
                    .withApiVersion(retailer.getApiVersion())
                    .withKind(retailer.getKind())
                    .withName(retailer.getMetadata().getName())
                    .withUid(retailer.getMetadata().getUid())
                    .withResourceVersion(retailer.getMetadata().getResourceVersion())
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
      client.v1().events().inNamespace(EVENTS_NAMESPACE).resource(event).create();
    } catch (KubernetesClientException e) {
      // An Event is a courtesy: failing to record one must not fail the reconciliation.
      LOG.warnf(
          "could not record event %s for %s: %s",
          reason, retailer.getMetadata().getName(), e.getMessage());
    }
  }
}
