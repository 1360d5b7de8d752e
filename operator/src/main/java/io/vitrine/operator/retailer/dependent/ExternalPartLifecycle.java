package io.vitrine.operator.retailer.dependent;

import io.vitrine.operator.api.v1alpha1.DeletionPolicy;
import io.vitrine.operator.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.retailer.TenantEvents;
import io.vitrine.operator.retailer.status.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What creating and deleting an external part (schema, index, realm) means beyond the call. */
@ApplicationScoped
public class ExternalPartLifecycle {

  @Inject TenantEvents events;

  /** A part created again after it had been ready was removed out of band: say so. */
  public void created(RetailerIntegration retailer, String condition, String what) {
    var status = retailer.getStatus();
    if (status != null && Conditions.isTrue(status.getConditions(), condition)) {
      events.warning(retailer, "DriftCorrected", what + " was missing and has been recreated");
    }
  }

  public void deleteOrRetain(RetailerIntegration retailer, String what, Runnable delete) {
    if (retailer.getSpec().getDeletionPolicy() == DeletionPolicy.Delete) {
      delete.run();
      events.normal(retailer, "Deleted", what + " deleted (deletionPolicy Delete)");
    } else {
      events.normal(retailer, "Retained", what + " kept (deletionPolicy Retain)");
    }
  }
}
