package io.vitrine.operator.retailer.model;

import io.vitrine.api.v1alpha1.CatalogSpec;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.api.v1alpha1.Segment;
import io.vitrine.operator.platform.opensearch.AttributeFamily;
import io.vitrine.operator.platform.opensearch.CatalogIndexSpec;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The catalog index a retailer should have, from its spec. */
public final class CatalogIndexModel {

  private CatalogIndexModel() {}

  public static CatalogIndexSpec spec(RetailerIntegration retailer) {
    CatalogSpec catalog = retailer.getSpec().getCatalog();
    return new CatalogIndexSpec(
        TenantNames.of(retailer).indexAlias(),
        catalog.getShards(),
        catalog.getReplicas(),
        families(catalog, retailer.getSpec().getSegment()),
        catalog.getEmbeddingDimension());
  }

  /** Families asked for, or the segment's usual ones when none is named. */
  static Set<AttributeFamily> families(CatalogSpec catalog, Segment segment) {
    if (catalog.getAttributeFamilies() != null && !catalog.getAttributeFamilies().isEmpty()) {
      return catalog.getAttributeFamilies().stream()
          .map(family -> AttributeFamily.valueOf(family.name()))
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(AttributeFamily.class)));
    }
    return switch (segment) {
      case BEAUTY, PHARMACY -> EnumSet.of(AttributeFamily.BEAUTY);
      case LUXURY, ELECTRONICS -> EnumSet.of(AttributeFamily.LUXURY);
    };
  }
}
