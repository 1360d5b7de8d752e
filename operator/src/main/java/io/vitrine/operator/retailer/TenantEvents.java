package io.vitrine.operator.retailer;

import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.events.KubernetesEvents;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Kubernetes Events about a RetailerIntegration. It is cluster-scoped, so its Events live in the
 * "default" namespace, where "kubectl describe retailerintegration" finds them.
 */
@ApplicationScoped
public class TenantEvents {

  private final KubernetesEvents events;

  public TenantEvents(KubernetesEvents events) {
    this.events = events;
  }

  public void normal(RetailerIntegration retailer, String reason, String message) {
    events.normal(retailer, reason, message);
  }

  public void warning(RetailerIntegration retailer, String reason, String message) {
    events.warning(retailer, reason, message);
  }
}
