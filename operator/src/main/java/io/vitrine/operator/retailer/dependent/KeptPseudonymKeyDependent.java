package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Deleter;
import io.javaoperatorsdk.operator.processing.dependent.Creator;
import io.javaoperatorsdk.operator.processing.dependent.Updater;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.config.OperatorConfig;
import io.vitrine.operator.platform.postgres.PostgresTenants;
import io.vitrine.operator.retailer.RetailerWorkflow;
import io.vitrine.operator.retailer.model.InvalidPosCredentialsException;
import io.vitrine.operator.retailer.model.PseudonymKeys;
import io.vitrine.operator.retailer.model.TenantNames;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The tenant's pseudonym key, kept in the operator's namespace ({@link PseudonymKeys}): made once,
 * never changed, and deleted with the retailer only under {@code deletionPolicy: Delete}. No owner
 * reference, so that deleting the retailer does not collect it.
 */
@KubernetesDependent(informer = @Informer(labelSelector = Selectors.KEPT_PSEUDONYM_KEY))
public class KeptPseudonymKeyDependent
    extends KubernetesDependentResource<Secret, RetailerIntegration>
    implements Creator<Secret, RetailerIntegration>,
        Updater<Secret, RetailerIntegration>,
        Deleter<RetailerIntegration> {

  @Inject OperatorConfig config;
  @Inject PostgresTenants postgres;
  @Inject ExternalPartLifecycle lifecycle;

  @Override
  protected ResourceID targetSecondaryResourceID(
      RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return new ResourceID(TenantNames.of(retailer).keptPseudonymKey(), config.namespace());
  }

  @Override
  protected Secret desired(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    var names = TenantNames.of(retailer);
    Optional<Secret> existing =
        getSecondaryResource(retailer, context).or(() -> fromApiServer(names, context));
    Optional<Secret> copy =
        context.getSecondaryResource(Secret.class, RetailerWorkflow.PSEUDONYM_KEY);
    Optional<Secret> earlier =
        existing.isPresent() || copy.isPresent()
            ? Optional.empty()
            : earlierCredentials(retailer, names, context);
    return PseudonymKeys.kept(names, config.namespace(), existing, copy, earlier);
  }

  @Override
  public void delete(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    String what =
        "pseudonym key Secret "
            + config.namespace()
            + "/"
            + TenantNames.of(retailer).keptPseudonymKey();
    lifecycle.deleteOrRetain(retailer, what, () -> super.delete(retailer, context));
  }

  /**
   * The informer caches only the operator's own Secrets: one restored by hand (without its labels)
   * or not cached yet is read from the API server, so that it is never replaced.
   */
  private Optional<Secret> fromApiServer(TenantNames names, Context<RetailerIntegration> context) {
    return Optional.ofNullable(
        context
            .getClient()
            .secrets()
            .inNamespace(config.namespace())
            .withName(names.keptPseudonymKey())
            .get());
  }

  /**
   * The POS credentials an earlier tenant-service hashed its customers with, for a tenant whose
   * schema is older than its key (the schema is made after the key since the key exists): the copy
   * its pods read, else the retailer's Secret (a tenant re-created over a retained schema).
   */
  private Optional<Secret> earlierCredentials(
      RetailerIntegration retailer, TenantNames names, Context<RetailerIntegration> context) {
    if (!postgres.schemaExists(names.databaseSchema())) {
      return Optional.empty();
    }
    var reference = retailer.getSpec().getPos().getCredentialsSecretRef();
    Secret credentials =
        context
            .getSecondaryResource(Secret.class, RetailerWorkflow.POS_SECRET)
            .orElseGet(
                () ->
                    context
                        .getClient()
                        .secrets()
                        .inNamespace(reference.getNamespace())
                        .withName(reference.getName())
                        .get());
    if (credentials == null) {
      throw new InvalidPosCredentialsException(
          "SecretNotFound",
          "Secret "
              + reference.getNamespace()
              + "/"
              + reference.getName()
              + " does not exist: the tenant's existing pseudonyms were made with its keys");
    }
    return Optional.of(credentials);
  }
}
