package io.vitrine.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vitrine.operator.retailer.Retailers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The operator under test runs as its ServiceAccount with deploy/operator/rbac.yaml; every other IT
 * passing proves that RBAC is enough. This one proves it is not more.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackOperatorResource.class)
class OperatorIdentityIT {

  @Inject KubernetesClient operator;

  @Test
  void operatorAuthenticatesWithItsServiceAccountTokenOnly() {
    assertThat(operator.getConfiguration().getOauthToken()).isNotBlank();
    assertThat(operator.getConfiguration().getClientCertData()).isNull();
    assertThat(operator.getConfiguration().getClientCertFile()).isNull();
  }

  @Test
  void operatorCannotDoWhatItsCodeNeverDoes() {
    assertForbidden(() -> operator.resource(Retailers.beauty("not-allowed")).create());
    assertForbidden(() -> operator.nodes().list());
    assertForbidden(() -> operator.pods().inNamespace("default").list());
    assertForbidden(() -> operator.rbac().clusterRoles().list());
  }

  private static void assertForbidden(Runnable call) {
    assertThatThrownBy(call::run)
        .isInstanceOf(KubernetesClientException.class)
        .extracting(e -> ((KubernetesClientException) e).getCode())
        .isEqualTo(403);
  }
}
