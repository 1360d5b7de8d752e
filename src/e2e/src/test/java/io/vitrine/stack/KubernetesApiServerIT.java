package io.vitrine.stack;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.vitrine.testing.LocalStack;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KubernetesApiServerIT {

  private static final String GROUP = "stack-it.vitrine.io";
  private static final String CRD_NAME = "widgets." + GROUP;
  private static final ResourceDefinitionContext WIDGETS =
      new ResourceDefinitionContext.Builder()
          .withGroup(GROUP)
          .withVersion("v1")
          .withKind("Widget")
          .withPlural("widgets")
          .withNamespaced(true)
          .build();

  private static KubernetesClient admin;
  private static String namespace;

  @BeforeAll
  static void createNamespace() {
    admin =
        new KubernetesClientBuilder()
            .withConfig(Config.fromKubeconfig(LocalStack.load().kubeconfig()))
            .build();
    namespace = "stack-it-" + UUID.randomUUID().toString().substring(0, 8);
    admin
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
        .create();
  }

  @Test
  void celRuleOfACustomResourceDefinitionIsEnforced() {
    admin
        .apiextensions()
        .v1()
        .customResourceDefinitions()
        .resource(widgetDefinition())
        .serverSideApply();
    admin
        .apiextensions()
        .v1()
        .customResourceDefinitions()
        .withName(CRD_NAME)
        .waitUntilCondition(KubernetesApiServerIT::established, 30, SECONDS);
    var widgets = admin.genericKubernetesResources(WIDGETS).inNamespace(namespace);

    assertThatThrownBy(() -> widgets.resource(widget("too-few", 5, 2)).create())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("maxReplicas must be at least minReplicas")
        .extracting(e -> ((KubernetesClientException) e).getCode())
        .isEqualTo(422);
    widgets.resource(widget("valid", 1, 3)).create();
    assertThat(widgets.withName("valid").get()).isNotNull();
  }

  @Test
  void deploymentPodsReachRunningOnSimulatedNodes() {
    var labels = Map.of("app", "web");
    admin
        .apps()
        .deployments()
        .inNamespace(namespace)
        .resource(
            new DeploymentBuilder()
                .withNewMetadata()
                .withName("web")
                .endMetadata()
                .withNewSpec()
                .withReplicas(2)
                .withNewSelector()
                .withMatchLabels(labels)
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .withLabels(labels)
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("web")
                .withImage("registry.example/web:1")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build())
        .create();

    admin
        .apps()
        .deployments()
        .inNamespace(namespace)
        .withName("web")
        .waitUntilCondition(
            d ->
                d.getStatus() != null
                    && Integer.valueOf(2).equals(d.getStatus().getReadyReplicas()),
            60,
            SECONDS);

    assertThat(admin.pods().inNamespace(namespace).withLabels(labels).list().getItems())
        .hasSize(2)
        .extracting(Pod::getStatus)
        .allSatisfy(status -> assertThat(status.getPhase()).isEqualTo("Running"));
  }

  @Test
  void serviceAccountTokenIsLimitedByRbac() {
    admin
        .serviceAccounts()
        .inNamespace(namespace)
        .resource(
            new ServiceAccountBuilder().withNewMetadata().withName("reader").endMetadata().build())
        .create();
    grantConfigMapReadTo("reader");
    String token =
        admin
            .serviceAccounts()
            .inNamespace(namespace)
            .withName("reader")
            .tokenRequest(
                new TokenRequestBuilder()
                    .withNewSpec()
                    .withExpirationSeconds(600L)
                    .endSpec()
                    .build())
            .getStatus()
            .getToken();

    try (var reader = clientWithToken(token)) {
      assertThat(reader.configMaps().inNamespace(namespace).list().getItems()).isNotNull();
      assertThatThrownBy(() -> reader.secrets().inNamespace(namespace).list())
          .isInstanceOf(KubernetesClientException.class)
          .extracting(e -> ((KubernetesClientException) e).getCode())
          .isEqualTo(403);
    }
  }

  private void grantConfigMapReadTo(String serviceAccount) {
    admin
        .rbac()
        .roles()
        .inNamespace(namespace)
        .resource(
            new RoleBuilder()
                .withNewMetadata()
                .withName("configmap-reader")
                .endMetadata()
                .addNewRule()
                .withApiGroups("")
                .withResources("configmaps")
                .withVerbs("get", "list")
                .endRule()
                .build())
        .create();
    admin
        .rbac()
        .roleBindings()
        .inNamespace(namespace)
        .resource(
            new RoleBindingBuilder()
                .withNewMetadata()
                .withName("configmap-reader")
                .endMetadata()
                .withNewRoleRef()
                .withApiGroup("rbac.authorization.k8s.io")
                .withKind("Role")
                .withName("configmap-reader")
                .endRoleRef()
                .addNewSubject()
                .withKind("ServiceAccount")
                .withName(serviceAccount)
                .withNamespace(namespace)
                .endSubject()
                .build())
        .create();
  }

  private static KubernetesClient clientWithToken(String token) {
    Config adminConfig = admin.getConfiguration();
    Config config = Config.empty();
    config.setMasterUrl(adminConfig.getMasterUrl());
    config.setCaCertData(adminConfig.getCaCertData());
    config.setOauthToken(token);
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  private static boolean established(CustomResourceDefinition crd) {
    return crd != null
        && crd.getStatus() != null
        && crd.getStatus().getConditions().stream()
            .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  private static CustomResourceDefinition widgetDefinition() {
    var replicas = new JSONSchemaPropsBuilder().withType("integer").build();
    return new CustomResourceDefinitionBuilder()
        .withNewMetadata()
        .withName(CRD_NAME)
        .endMetadata()
        .withNewSpec()
        .withGroup(GROUP)
        .withScope("Namespaced")
        .withNewNames()
        .withKind("Widget")
        .withPlural("widgets")
        .withSingular("widget")
        .endNames()
        .addNewVersion()
        .withName("v1")
        .withServed(true)
        .withStorage(true)
        .withNewSchema()
        .withNewOpenAPIV3Schema()
        .withType("object")
        .addToProperties(
            "spec",
            new JSONSchemaPropsBuilder()
                .withType("object")
                .addToProperties("minReplicas", replicas)
                .addToProperties("maxReplicas", replicas)
                .addNewXKubernetesValidation()
                .withRule("self.maxReplicas >= self.minReplicas")
                .withMessage("maxReplicas must be at least minReplicas")
                .endXKubernetesValidation()
                .build())
        .endOpenAPIV3Schema()
        .endSchema()
        .endVersion()
        .endSpec()
        .build();
  }

  private static GenericKubernetesResource widget(String name, int min, int max) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion(GROUP + "/v1")
        .withKind("Widget")
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .endMetadata()
        .addToAdditionalProperties("spec", Map.of("minReplicas", min, "maxReplicas", max))
        .build();
  }

  @AfterAll
  static void cleanUp() {
    admin.namespaces().withName(namespace).delete();
    admin.apiextensions().v1().customResourceDefinitions().withName(CRD_NAME).delete();
    admin.close();
  }
}
