package io.vitrine.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plugin addresses the resources by the names the CRDs give them. */
class ResourcesTest {

  @Test
  void retailerIntegrationsAreClusterScoped() {
    assertThat(Resources.RETAILER_INTEGRATIONS.getGroup()).isEqualTo("vitrine.io");
    assertThat(Resources.RETAILER_INTEGRATIONS.getVersion()).isEqualTo("v1alpha1");
    assertThat(Resources.RETAILER_INTEGRATIONS.getKind()).isEqualTo("RetailerIntegration");
    assertThat(Resources.RETAILER_INTEGRATIONS.getPlural()).isEqualTo("retailerintegrations");
    assertThat(Resources.RETAILER_INTEGRATIONS.isNamespaceScoped()).isFalse();
  }

  @Test
  void storeRolloutsLiveInANamespace() {
    assertThat(Resources.STORE_ROLLOUTS.getGroup()).isEqualTo("vitrine.io");
    assertThat(Resources.STORE_ROLLOUTS.getVersion()).isEqualTo("v1alpha1");
    assertThat(Resources.STORE_ROLLOUTS.getKind()).isEqualTo("StoreRollout");
    assertThat(Resources.STORE_ROLLOUTS.getPlural()).isEqualTo("storerollouts");
    assertThat(Resources.STORE_ROLLOUTS.isNamespaceScoped()).isTrue();
  }
}
