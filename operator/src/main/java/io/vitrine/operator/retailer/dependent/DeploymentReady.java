package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.dependent.DependentResource;
import io.javaoperatorsdk.operator.processing.dependent.workflow.Condition;
import io.vitrine.api.v1alpha1.RetailerIntegration;

/** The workload is ready when the current revision has as many ready pods as requested. */
public class DeploymentReady implements Condition<Deployment, RetailerIntegration> {

  @Override
  public boolean isMet(
      DependentResource<Deployment, RetailerIntegration> dependent,
      RetailerIntegration retailer,
      Context<RetailerIntegration> context) {
    return dependent
        .getSecondaryResource(retailer, context)
        .map(DeploymentReady::rolledOut)
        .orElse(false);
  }

  static boolean rolledOut(Deployment deployment) {
    var status = deployment.getStatus();
    int wanted = deployment.getSpec().getReplicas();
    if (status == null) {
      return wanted == 0;
    }
    return deployment.getMetadata().getGeneration().equals(status.getObservedGeneration())
        && value(status.getUpdatedReplicas()) >= wanted
        && value(status.getReadyReplicas()) >= wanted
        && value(status.getReplicas()) == wanted;
  }

  private static int value(Integer count) {
    return count == null ? 0 : count;
  }
}
