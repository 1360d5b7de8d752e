package io.vitrine.kubectl;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/**
 * The custom resources the plugin reads and patches, without depending on the operator's classes.
 */
final class VitrineResources {

  static final ResourceDefinitionContext RETAILER_INTEGRATIONS =
      new ResourceDefinitionContext.Builder()
          .withGroup("vitrine.io")
          .withVersion("v1alpha1")
          .withKind("RetailerIntegration")
          .withPlural("retailerintegrations")
          .withNamespaced(false)
          .build();

  static final ResourceDefinitionContext STORE_ROLLOUTS =
      new ResourceDefinitionContext.Builder()
          .withGroup("vitrine.io")
          .withVersion("v1alpha1")
          .withKind("StoreRollout")
          .withPlural("storerollouts")
          .withNamespaced(true)
          .build();

  /** The annotation through which the command line asks the operator for an action. */
  static final String ACTION_ANNOTATION = "vitrine.io/action";

  /** Who last moved spec.targetPhase from the command line, and when. */
  static final String PROMOTION_ANNOTATION = "vitrine.io/promoted-by";

  private VitrineResources() {}
}
