package io.vitrine.operator.rollout.tenant;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.vitrine.operator.config.OperatorConfig;
import io.vitrine.operator.retailer.model.TenantNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the tenant-service of a tenant namespace: its in-cluster Service, or, when the operator
 * allows it (local stack, tests), the URL in the namespace's {@value #SERVICE_URL_ANNOTATION}
 * annotation.
 */
@ApplicationScoped
public class TenantServices {

  public static final String SERVICE_URL_ANNOTATION = "vitrine.io/tenant-service-url";

  private final KubernetesClient client;
  private final OperatorConfig config;
  private final PlatformTokens tokens;
  private final HttpClient http;

  public TenantServices(KubernetesClient client, OperatorConfig config, PlatformTokens tokens) {
    this.client = client;
    this.config = config;
    this.tokens = tokens;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** The tenant-service of a namespace, or empty when the namespace is not a tenant's. */
  public Optional<TenantService> of(String namespace) {
    Namespace found = client.namespaces().withName(namespace).get();
    if (found == null || found.getMetadata().getLabels() == null) {
      return Optional.empty();
    }
    String retailerId = found.getMetadata().getLabels().get(TenantNames.RETAILER_LABEL);
    if (retailerId == null) {
      return Optional.empty();
    }
    var names = new TenantNames(retailerId);
    Map<String, String> annotations =
        found.getMetadata().getAnnotations() == null
            ? Map.of()
            : found.getMetadata().getAnnotations();
    String url =
        config.rollout().allowServiceUrlOverride()
                && annotations.containsKey(SERVICE_URL_ANNOTATION)
            ? annotations.get(SERVICE_URL_ANNOTATION)
            : names.serviceUrl(config.tenantService().port());
    return Optional.of(
        new TenantService(
            http,
            URI.create(url.endsWith("/") ? url : url + "/"),
            names.realm(),
            tokens,
            config.rollout().tenantServiceTimeout()));
  }
}
