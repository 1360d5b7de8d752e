package io.vitrine.operator.retailer;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.vitrine.api.v1alpha1.PosProvider;
import io.vitrine.api.v1alpha1.PosSpec;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.api.v1alpha1.RetailerIntegrationSpec;
import io.vitrine.api.v1alpha1.SecretReference;
import io.vitrine.api.v1alpha1.Segment;

/** RetailerIntegrations for tests. */
public final class Retailers {

  private Retailers() {}

  public static RetailerIntegration beauty(String retailerId) {
    var pos = new PosSpec();
    pos.setProvider(PosProvider.SHOPIFY);
    pos.setShopDomain(retailerId + ".myshopify.com");
    pos.setCredentialsSecretRef(new SecretReference("vitrine-system", retailerId + "-pos"));
    var spec = new RetailerIntegrationSpec();
    spec.setRetailerId(retailerId);
    spec.setDisplayName("Retailer " + retailerId);
    spec.setSegment(Segment.BEAUTY);
    spec.setPos(pos);
    var retailer = new RetailerIntegration();
    retailer.setMetadata(new ObjectMetaBuilder().withName(retailerId).withGeneration(1L).build());
    retailer.setSpec(spec);
    return retailer;
  }
}
