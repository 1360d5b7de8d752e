package io.vitrine.operator.retailer.dependent;

import io.vitrine.api.v1alpha1.DeletionPolicy;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.retailer.TenantEvents;
import io.vitrine.operator.status.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What creating and deleting an external part (schema, index, realm) means beyond the call. */
@ApplicationScoped
public class ExternalPartLifecycle {

  @Inject TenantEvents events;

  // Parts this operator has observed on their platform: the condition alone misses a part removed
  // while its platform answered errors (the condition turned False before the part was recreated).
  private final Set<String> observed = ConcurrentHashMap.newKeySet();

  /** The part exists on its platform. */
  public void present(RetailerIntegration retailer, String condition) {
    observed.add(key(retailer, condition));
  }

  /** A part created again after it had been ready or seen was removed out of band: say so. */
  public void created(RetailerIntegration retailer, String condition, String what) {
    var status = retailer.getStatus();
    boolean wasReady = status != null && Conditions.isTrue(status.getConditions(), condition);
    if (wasReady || observed.contains(key(retailer, condition))) {
      events.warning(retailer, "DriftCorrected", what + " was missing and has been recreated");
    }
  }

  private static String key(RetailerIntegration retailer, String condition) {
    return retailer.getMetadata().getUid() + "/" + condition;
  }

  public void deleteOrRetain(RetailerIntegration retailer, String what, Runnable delete) {
    observed.removeIf(key -> key.startsWith(retailer.getMetadata().getUid() + "/"));
    if (retailer.getSpec().getDeletionPolicy() == DeletionPolicy.Delete) {
      delete.run();
      events.normal(retailer, "Deleted", what + " deleted (deletionPolicy Delete)");
    } else {
      events.normal(retailer, "Retained", what + " kept (deletionPolicy Retain)");
    }
  }
}
