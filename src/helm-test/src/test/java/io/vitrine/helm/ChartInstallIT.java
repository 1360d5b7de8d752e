package io.vitrine.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.vitrine.testing.LocalStack;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Installs the chart into the local control plane in a namespace of its own, checks what it created
 * and what its ServiceAccount may do, then uninstalls it. The control plane runs no containers
 * (kwok), so the operator's pods never start: the test checks objects and RBAC.
 */
class ChartInstallIT {

  private static final String RELEASE =
      "vitrine-it-" + UUID.randomUUID().toString().substring(0, 8);
  private static final String NAMESPACE = RELEASE;

  private static Helm helm;
  private static String kubeconfig;
  private static KubernetesClient client;

  @BeforeAll
  static void connect() {
    LocalStack stack = LocalStack.load();
    kubeconfig = stack.get("VITRINE_KUBECONFIG");
    client =
        new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(stack.kubeconfig())).build();
    helm = Helm.build();
  }

  @AfterAll
  static void cleanUp() {
    if (client != null) {
      helm.helm(
          "uninstall", RELEASE, "-n", NAMESPACE, "--kubeconfig", kubeconfig, "--ignore-not-found");
      client.namespaces().withName(NAMESPACE).delete();
      client.close();
    }
  }

  @Test
  void installsTheOperatorWithItsLeastPrivilegesAndUninstallsCleanly() {
    Helm.Result install =
        helm.helm(
            "install",
            RELEASE,
            Helm.CHART.toString(),
            "--namespace",
            NAMESPACE,
            "--create-namespace",
            "--kubeconfig",
            kubeconfig,
            // The cluster-wide deletion policy belongs to the shared cluster's other tests.
            "--set",
            "admissionPolicy.enabled=false");

    assertThat(install.exitCode()).as(install.err()).isZero();
    assertThat(install.out())
        .contains("STATUS: deployed")
        .contains("kubectl wait --for=condition=Ready");
    assertCrdsEstablished();
    String serviceAccount = assertOperatorDeployment();
    assertRbac("system:serviceaccount:" + NAMESPACE + ":" + serviceAccount);

    Helm.Result uninstall =
        helm.helm("uninstall", RELEASE, "-n", NAMESPACE, "--kubeconfig", kubeconfig);

    assertThat(uninstall.exitCode()).as(uninstall.err()).isZero();
    assertThat(client.apps().deployments().inNamespace(NAMESPACE).list().getItems()).isEmpty();
    assertThat(client.rbac().clusterRoles().withName(RELEASE + "-vitrine-operator").get()).isNull();
    assertThat(
            client
                .apiextensions()
                .v1()
                .customResourceDefinitions()
                .withName("retailerintegrations.vitrine.io")
                .get())
        .as("Helm never deletes CRDs: the tenants stay")
        .isNotNull();
  }

  private void assertCrdsEstablished() {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              CustomResourceDefinition crd =
                  client
                      .apiextensions()
                      .v1()
                      .customResourceDefinitions()
                      .withName("retailerintegrations.vitrine.io")
                      .get();
              assertThat(crd.getStatus().getConditions())
                  .anySatisfy(
                      c -> {
                        assertThat(c.getType()).isEqualTo("Established");
                        assertThat(c.getStatus()).isEqualTo("True");
                      });
            });
  }

  private String assertOperatorDeployment() {
    List<Deployment> deployments =
        client
            .apps()
            .deployments()
            .inNamespace(NAMESPACE)
            .withLabel("app.kubernetes.io/instance", RELEASE)
            .list()
            .getItems();
    assertThat(deployments).hasSize(1);
    String serviceAccount =
        deployments.get(0).getSpec().getTemplate().getSpec().getServiceAccountName();
    assertThat(serviceAccount).isEqualTo(RELEASE + "-vitrine-operator");
    assertThat(client.serviceAccounts().inNamespace(NAMESPACE).withName(serviceAccount).get())
        .isNotNull();
    return serviceAccount;
  }

  private void assertRbac(String user) {
    assertThat(allowed(user, "patch", "vitrine.io", "retailerintegrations/status", null)).isTrue();
    assertThat(allowed(user, "create", "", "namespaces", null)).isTrue();
    assertThat(allowed(user, "create", "apps", "deployments", "vitrine-any-tenant")).isTrue();
    assertThat(allowed(user, "create", "coordination.k8s.io", "leases", NAMESPACE)).isTrue();
    assertThat(allowed(user, "create", "", "events", "default")).isTrue();

    assertThat(allowed(user, "delete", "vitrine.io", "retailerintegrations", null))
        .as("never deletes a tenant's spec")
        .isFalse();
    assertThat(allowed(user, "create", "coordination.k8s.io", "leases", "kube-system")).isFalse();
    assertThat(allowed(user, "create", "rbac.authorization.k8s.io", "clusterroles", null))
        .isFalse();
    assertThat(
            allowed(user, "escalate", "rbac.authorization.k8s.io", "roles", "vitrine-any-tenant"))
        .isFalse();
    assertThat(allowed(user, "create", "", "pods/exec", "vitrine-any-tenant")).isFalse();
  }

  private boolean allowed(
      String user, String verb, String group, String resource, String namespace) {
    String[] parts = resource.split("/", 2);
    SubjectAccessReview review =
        new SubjectAccessReviewBuilder()
            .withNewSpec()
            .withUser(user)
            .withGroups(
                "system:serviceaccounts",
                "system:serviceaccounts:" + NAMESPACE,
                "system:authenticated")
            .withNewResourceAttributes()
            .withVerb(verb)
            .withGroup(group)
            .withResource(parts[0])
            .withSubresource(parts.length > 1 ? parts[1] : null)
            .withNamespace(namespace)
            .endResourceAttributes()
            .endSpec()
            .build();
    return client
        .authorization()
        .v1()
        .subjectAccessReview()
        .create(review)
        .getStatus()
        .getAllowed();
  }
}
