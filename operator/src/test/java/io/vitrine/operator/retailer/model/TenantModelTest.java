package io.vitrine.operator.retailer.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.vitrine.api.v1alpha1.AttributeFamily;
import io.vitrine.api.v1alpha1.JvmProfile;
import io.vitrine.api.v1alpha1.Segment;
import io.vitrine.operator.platform.keycloak.RealmSpec;
import io.vitrine.operator.retailer.Retailers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantModelTest {

  private final TenantNames names = new TenantNames("maison-aster");

  @Test
  void namesKeepTenantsApartAndRetailersAwayFromKeycloaksMasterRealm() {
    assertThat(names.namespace()).isEqualTo("vitrine-maison-aster");
    assertThat(names.databaseSchema()).isEqualTo("tenant_maison_aster");
    assertThat(names.indexAlias()).isEqualTo("catalog-maison-aster");
    assertThat(new TenantNames("master").realm()).isEqualTo("vitrine-master");
  }

  @Test
  void namespaceEnforcesRestrictedPodSecurity() {
    var namespace = TenantNamespace.desired(names);

    assertThat(namespace.getMetadata().getLabels())
        .containsEntry("pod-security.kubernetes.io/enforce", "restricted")
        .containsEntry(TenantNames.RETAILER_LABEL, "maison-aster");
  }

  @Test
  void tenantServiceMayOnlyReadConfigMapsOfItsNamespace() {
    var role = TenantRbac.role(names);
    var binding = TenantRbac.roleBinding(names);

    assertThat(role.getMetadata().getNamespace()).isEqualTo(names.namespace());
    assertThat(role.getRules())
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.getResources()).containsExactly("configmaps");
              assertThat(rule.getVerbs()).containsExactly("get", "list", "watch");
            });
    assertThat(binding.getSubjects())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.getName())
                    .isEqualTo(TenantRbac.serviceAccount(names).getMetadata().getName()));
  }

  @Test
  void quotaForbidsVolumesAndCapsPods() {
    var hard = TenantLimits.quota(names).getSpec().getHard();

    assertThat(hard.get("persistentvolumeclaims").getAmount()).isEqualTo("0");
    assertThat(hard).containsKeys("pods", "requests.cpu", "limits.memory");
    assertThat(TenantLimits.limitRange(names).getSpec().getLimits())
        .singleElement()
        .satisfies(item -> assertThat(item.getDefault()).containsKeys("cpu", "memory"));
  }

  @Test
  void networkIsDeniedByDefaultThenOpenedOnlyForTenantService() {
    var deny = TenantNetworkPolicies.defaultDeny(names);
    var allow =
        TenantNetworkPolicies.tenantService(names, 8080, List.of(15432, 19200, 18080, 15432));

    assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
    assertThat(deny.getSpec().getPolicyTypes()).containsExactly("Ingress", "Egress");
    assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
    assertThat(allow.getSpec().getPodSelector().getMatchLabels())
        .isEqualTo(names.workloadSelector());
    assertThat(allow.getSpec().getIngress())
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(ports(rule.getPorts())).containsExactly(8080);
              assertThat(rule.getFrom())
                  .filteredOn(peer -> peer.getNamespaceSelector() != null)
                  .extracting(peer -> peer.getNamespaceSelector().getMatchLabels())
                  .contains(Map.of("kubernetes.io/metadata.name", "vitrine-system"));
            });
    assertThat(ports(allow.getSpec().getEgress().get(1).getPorts()))
        .containsExactly(443, 15432, 18080, 19200);
  }

  @Test
  void configHoldsWhereThingsAreButNoSecret() {
    var retailer = Retailers.beauty("maison-aster");
    var platform =
        new PlatformEndpoints("10.0.0.5", 5432, "vitrine", "http://search:9200", "http://sso:8080");

    var data = TenantConfig.desired(retailer, platform).getData();

    assertThat(data)
        .containsEntry("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://10.0.0.5:5432/vitrine")
        .containsEntry("QUARKUS_DATASOURCE_USERNAME", "tenant_maison_aster")
        .containsEntry(
            "QUARKUS_OIDC_AUTH_SERVER_URL", "http://sso:8080/realms/vitrine-maison-aster")
        .containsEntry("VITRINE_POS_PROVIDER", "shopify")
        .containsEntry("VITRINE_POS_SHOP_DOMAIN", "maison-aster.myshopify.com");
    assertThat(data.keySet())
        .noneMatch(
            key -> key.contains("PASSWORD") || key.contains("SECRET") || key.contains("TOKEN"));
    assertThat(platform.ports()).containsExactly(5432, 9200, 8080);
  }

  @Test
  void jvmProfileChoosesTheCompilers() {
    var platform =
        new PlatformEndpoints("10.0.0.5", 5432, "vitrine", "http://search:9200", "http://sso:8080");
    var retailer = Retailers.beauty("maison-aster");
    assertThat(TenantConfig.desired(retailer, platform).getData().get("JAVA_TOOL_OPTIONS"))
        .contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    retailer.getSpec().getTenantService().setJvmProfile(JvmProfile.Throughput);

    assertThat(TenantConfig.desired(retailer, platform).getData().get("JAVA_TOOL_OPTIONS"))
        .contains("-XX:+UseSerialGC")
        .doesNotContain("TieredStopAtLevel");
  }

  @Test
  void squareNotificationUrlReachesTenantServiceWhenSet() {
    var platform =
        new PlatformEndpoints("10.0.0.5", 5432, "vitrine", "http://search:9200", "http://sso:8080");
    var retailer = Retailers.beauty("maison-aster");
    assertThat(TenantConfig.desired(retailer, platform).getData())
        .doesNotContainKey("VITRINE_POS_SQUARE_NOTIFICATION_URL");

    String url = "https://maison-aster.vitrine.example.com/v1/webhooks/square";
    retailer.getSpec().getPos().setNotificationUrl(url);

    assertThat(TenantConfig.desired(retailer, platform).getData())
        .containsEntry("VITRINE_POS_SQUARE_NOTIFICATION_URL", url);
  }

  @Test
  void featureDefaultsAndMessageDeliveryReachTenantService() {
    var platform =
        new PlatformEndpoints("10.0.0.5", 5432, "vitrine", "http://search:9200", "http://sso:8080");
    var retailer = Retailers.beauty("maison-aster");
    assertThat(TenantConfig.desired(retailer, platform).getData())
        .doesNotContainKeys(
            "VITRINE_FEATURE_DEFAULTS", "VITRINE_MESSAGES_EMAIL_URL", "VITRINE_MESSAGES_SMS_URL");

    var tenantService = retailer.getSpec().getTenantService();
    tenantService.setFeatureDefaults(
        new java.util.LinkedHashMap<>(
            java.util.Map.of("copilot", false, "allergy-screening", true)));
    var messaging = new io.vitrine.api.v1alpha1.MessagingSpec();
    messaging.setEmailUrl("http://mailer.messaging.svc/v1/email");
    tenantService.setMessaging(messaging);

    assertThat(TenantConfig.desired(retailer, platform).getData())
        .containsEntry("VITRINE_FEATURE_DEFAULTS", "allergy-screening=true,copilot=false")
        .containsEntry("VITRINE_MESSAGES_EMAIL_URL", "http://mailer.messaging.svc/v1/email")
        .doesNotContainKey("VITRINE_MESSAGES_SMS_URL");
  }

  @Test
  void catalogFamiliesComeFromTheSpecOrElseFromTheSegment() {
    var beauty = Retailers.beauty("aster");
    var luxury = Retailers.beauty("royale");
    luxury.getSpec().setSegment(Segment.LUXURY);
    var both = Retailers.beauty("both");
    both.getSpec()
        .getCatalog()
        .setAttributeFamilies(List.of(AttributeFamily.BEAUTY, AttributeFamily.LUXURY));

    assertThat(CatalogIndexModel.spec(beauty).families())
        .containsExactly(io.vitrine.operator.platform.opensearch.AttributeFamily.BEAUTY);
    assertThat(CatalogIndexModel.spec(luxury).families())
        .containsExactly(io.vitrine.operator.platform.opensearch.AttributeFamily.LUXURY);
    assertThat(CatalogIndexModel.spec(both).families()).hasSize(2);
    assertThat(CatalogIndexModel.spec(beauty).alias()).isEqualTo("catalog-aster");
  }

  @Test
  void realmCarriesIdentitySettingsAdminsAndGeneratedSecrets() {
    var retailer = Retailers.beauty("aster");
    retailer.getSpec().getIdentity().setAccessTokenLifespanSeconds(600);
    retailer.getSpec().getIdentity().setAdmins(List.of("ops@aster.example"));
    retailer.getSpec().getIdentity().setExtraRoles(List.of("beauty-advisor"));

    RealmSpec realm = RealmModel.spec(retailer, "admin-api-secret", "service-secret");

    assertThat(realm.realm()).isEqualTo("vitrine-aster");
    assertThat(realm.accessTokenLifespan()).isEqualTo(Duration.ofMinutes(10));
    assertThat(realm.roles())
        .contains("associate", "store-manager", "retailer-admin", "auditor", "beauty-advisor");
    assertThat(realm.adminEmails()).containsExactly("ops@aster.example");
    assertThat(realm.toString()).doesNotContain("admin-api-secret", "service-secret");
  }

  private static List<Integer> ports(List<NetworkPolicyPort> ports) {
    return ports.stream().map(p -> p.getPort().getIntVal()).toList();
  }
}
