package io.vitrine.api.v1alpha1.rollout;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * Takes AI features from a pilot store to a cohort to the whole chain, phase by phase, gated on
 * KPIs. Lives in the tenant's namespace.
 */
@Group("vitrine.io")
@Version("v1alpha1")
@ShortNames({"sro", "rollout"})
@Categories("vitrine")
@AdditionalPrinterColumn(
    name = "Ready",
    jsonPath = ".status.conditions[?(@.type==\"Ready\")].status",
    type = AdditionalPrinterColumn.Type.STRING,
    priority = 0)
@AdditionalPrinterColumn(
    name = "Phase",
    jsonPath = ".status.currentPhase.name",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Enabled",
    jsonPath = ".status.storesEnabled",
    type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(
    name = "Targeted",
    jsonPath = ".status.storesTargeted",
    type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(
    name = "Reason",
    jsonPath = ".status.conditions[?(@.type==\"Ready\")].reason",
    type = AdditionalPrinterColumn.Type.STRING,
    priority = 1)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
public class StoreRollout extends CustomResource<StoreRolloutSpec, StoreRolloutStatus>
    implements Namespaced {

  /**
   * The annotation the {@code kubectl vitrine} plugin sets to ask for an action; its value is a
   * {@link RolloutAction} in JSON.
   */
  public static final String ACTION_ANNOTATION = "vitrine.io/action";

  /**
   * Who last moved {@code spec.targetPhase} from the command line, and when: {@code
   * {"by":..,"at":..,"from":..,"to":..}}, written by {@code kubectl vitrine promote}.
   */
  public static final String PROMOTED_BY_ANNOTATION = "vitrine.io/promoted-by";

  @Override
  protected StoreRolloutStatus initStatus() {
    return new StoreRolloutStatus();
  }
}
