package io.vitrine.api.v1alpha1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/** One retailer's isolated tenant on the Vitrine platform. Cluster-scoped. */
@Group("vitrine.io")
@Version("v1alpha1")
@ShortNames({"ri", "retailer"})
@Categories("vitrine")
@AdditionalPrinterColumn(
    name = "Ready",
    jsonPath = ".status.conditions[?(@.type==\"Ready\")].status",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Reason",
    jsonPath = ".status.conditions[?(@.type==\"Ready\")].reason",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Retailer",
    jsonPath = ".spec.retailerId",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Segment",
    jsonPath = ".spec.segment",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "POS",
    jsonPath = ".spec.pos.provider",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
public class RetailerIntegration
    extends CustomResource<RetailerIntegrationSpec, RetailerIntegrationStatus> {

  @Override
  protected RetailerIntegrationStatus initStatus() {
    return new RetailerIntegrationStatus();
  }
}
