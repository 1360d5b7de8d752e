package io.vitrine.operator.retailer.dependent;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.vitrine.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.platform.opensearch.CatalogIndex;
import io.vitrine.operator.platform.opensearch.CatalogMappings;
import io.vitrine.operator.platform.opensearch.OpenSearchCatalogs;
import io.vitrine.operator.retailer.model.CatalogIndexModel;
import io.vitrine.operator.retailer.model.TenantNames;
import jakarta.inject.Inject;
import java.util.Optional;

/** The tenant's catalog index in OpenSearch: a versioned index behind the tenant's alias. */
public class CatalogIndexDependent
    extends ExternalPartDependent<CatalogIndex, Observed.CatalogIndex> {

  @Inject OpenSearchCatalogs opensearch;

  public CatalogIndexDependent() {
    super(
        Observed.CatalogIndex.class,
        "catalog-index",
        "CatalogIndexReady",
        Observed.CatalogIndex::new);
  }

  @Override
  Optional<CatalogIndex> find(RetailerIntegration retailer) {
    return opensearch.find(TenantNames.of(retailer).indexAlias());
  }

  @Override
  CatalogIndex expected(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    var spec = CatalogIndexModel.spec(retailer);
    String version = CatalogMappings.forSpec(spec).version();
    return new CatalogIndex(
        spec.alias(),
        CatalogMappings.indexName(spec.alias(), version),
        spec.shards(),
        spec.replicas(),
        version);
  }

  @Override
  boolean matches(
      CatalogIndex actual, RetailerIntegration retailer, Context<RetailerIntegration> context) {
    return actual.servesLike(expected(retailer, context));
  }

  @Override
  void apply(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    opensearch.apply(CatalogIndexModel.spec(retailer));
  }

  @Override
  void drop(RetailerIntegration retailer) {
    opensearch.drop(TenantNames.of(retailer).indexAlias());
  }

  @Override
  String describe(RetailerIntegration retailer) {
    return "catalog index " + TenantNames.of(retailer).indexAlias();
  }
}
