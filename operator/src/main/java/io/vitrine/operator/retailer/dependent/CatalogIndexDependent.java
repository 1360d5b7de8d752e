package io.vitrine.operator.retailer.dependent;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Deleter;
import io.javaoperatorsdk.operator.processing.ResourceIDMapper;
import io.javaoperatorsdk.operator.processing.dependent.Creator;
import io.javaoperatorsdk.operator.processing.dependent.Matcher;
import io.javaoperatorsdk.operator.processing.dependent.Updater;
import io.javaoperatorsdk.operator.processing.dependent.external.PerResourcePollingDependentResource;
import io.vitrine.operator.api.v1alpha1.RetailerIntegration;
import io.vitrine.operator.config.OperatorConfig;
import io.vitrine.operator.platform.opensearch.CatalogIndex;
import io.vitrine.operator.platform.opensearch.CatalogIndexSpec;
import io.vitrine.operator.platform.opensearch.CatalogMappings;
import io.vitrine.operator.platform.opensearch.OpenSearchCatalogs;
import io.vitrine.operator.retailer.metrics.TenantMetrics;
import io.vitrine.operator.retailer.model.CatalogIndexModel;
import io.vitrine.operator.retailer.model.TenantNames;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.Set;

/** The tenant's catalog index in OpenSearch: a versioned index behind the tenant's alias. */
public class CatalogIndexDependent
    extends PerResourcePollingDependentResource<Observed.CatalogIndex, RetailerIntegration, String>
    implements Creator<Observed.CatalogIndex, RetailerIntegration>,
        Updater<Observed.CatalogIndex, RetailerIntegration>,
        Deleter<RetailerIntegration> {

  @Inject OpenSearchCatalogs opensearch;
  @Inject OperatorConfig config;
  @Inject ExternalPartLifecycle lifecycle;
  @Inject TenantMetrics metrics;

  public CatalogIndexDependent() {
    super(Observed.CatalogIndex.class, ResourceIDMapper.singleResourceResourceIDMapper());
  }

  @PostConstruct
  void configurePolling() {
    setPollingPeriod(config.driftCheckInterval());
  }

  @Override
  public Set<Observed.CatalogIndex> fetchResources(RetailerIntegration retailer) {
    metrics.externalCheck("catalog-index");
    String alias = TenantNames.of(retailer).indexAlias();
    return Observed.observe(() -> opensearch.find(alias), Observed.CatalogIndex::new);
  }

  @Override
  protected Observed.CatalogIndex desired(
      RetailerIntegration retailer, Context<RetailerIntegration> context) {
    CatalogIndexSpec spec = CatalogIndexModel.spec(retailer);
    String version = CatalogMappings.forSpec(spec).version();
    return new Observed.CatalogIndex(
        new CatalogIndex(
            spec.alias(),
            CatalogMappings.indexName(spec.alias(), version),
            spec.shards(),
            spec.replicas(),
            version));
  }

  @Override
  public Observed.CatalogIndex create(
      Observed.CatalogIndex desired,
      RetailerIntegration retailer,
      Context<RetailerIntegration> context) {
    metrics.timeApply("catalog-index", () -> opensearch.apply(CatalogIndexModel.spec(retailer)));
    lifecycle.created(retailer, "CatalogIndexReady", "catalog index " + desired.state().alias());
    return desired;
  }

  @Override
  public Observed.CatalogIndex update(
      Observed.CatalogIndex actual,
      Observed.CatalogIndex desired,
      RetailerIntegration retailer,
      Context<RetailerIntegration> context) {
    metrics.timeApply("catalog-index", () -> opensearch.apply(CatalogIndexModel.spec(retailer)));
    return desired;
  }

  @Override
  public Matcher.Result<Observed.CatalogIndex> match(
      Observed.CatalogIndex actual,
      RetailerIntegration retailer,
      Context<RetailerIntegration> context) {
    var desired = desired(retailer, context);
    return Matcher.Result.computed(desired.equals(actual), desired);
  }

  @Override
  public void delete(RetailerIntegration retailer, Context<RetailerIntegration> context) {
    String alias = TenantNames.of(retailer).indexAlias();
    lifecycle.deleteOrRetain(retailer, "catalog index " + alias, () -> opensearch.drop(alias));
  }
}
