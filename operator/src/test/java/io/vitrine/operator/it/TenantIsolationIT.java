package io.vitrine.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vitrine.api.v1alpha1.DeletionPolicy;
import io.vitrine.operator.retailer.model.TenantNames;
import io.vitrine.testing.LocalStack;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(LocalStackOperatorResource.class)
class TenantIsolationIT {

  private final KubernetesClient client = LocalStackOperatorResource.admin();
  @Inject MeterRegistry registry;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LocalStack stack = LocalStack.load();
  private final HttpClient http = HttpClient.newHttpClient();
  private TenantFixture tenants;

  @BeforeEach
  void fixture() {
    tenants = new TenantFixture(client);
  }

  @Test
  void aTenantsDatabaseRoleCannotReachAnotherTenantsSchema() throws SQLException {
    var ready = readyTenants(2);
    var first = ready.get(0);
    var second = ready.get(1);
    execute(second, "CREATE TABLE customer_note (id int)");

    execute(first, "CREATE TABLE customer_note (id int)");
    assertThatThrownBy(
            () -> execute(first, "SELECT * FROM " + second.databaseSchema() + ".customer_note"))
        .hasMessageContaining("permission denied for schema");
    assertThatThrownBy(() -> execute(first, "CREATE TABLE public.leak (id int)"))
        .hasMessageContaining("permission denied for schema public");
  }

  @Test
  void aTokenOfOneRealmIsRejectedByAnotherRealm() throws Exception {
    var ready = readyTenants(2);
    var first = ready.get(0);
    var second = ready.get(1);
    String token = serviceToken(first);
    var claims = decode(token.split("\\.")[1]);
    var header = decode(token.split("\\.")[0]);

    assertThat(claims.get("iss").asText()).isEqualTo(realmUrl(first.realm()));
    assertThat(signingKeyIds(second.realm())).doesNotContain(header.get("kid").asText());
    assertThat(adminUsersStatus(first.realm(), token)).isEqualTo(200);
    assertThat(adminUsersStatus(second.realm(), token)).isIn(401, 403);
  }

  private JsonNode decode(String base64Url) throws IOException {
    return JSON.readTree(Base64.getUrlDecoder().decode(base64Url));
  }

  /** The keys a relying party of that realm accepts signatures from. */
  private List<String> signingKeyIds(String realm) throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(URI.create(realmUrl(realm) + "/protocol/openid-connect/certs"))
            .build();
    var keys =
        JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body()).get("keys");
    var ids = new ArrayList<String>();
    keys.forEach(key -> ids.add(key.get("kid").asText()));
    return ids;
  }

  @Test
  void anIdleTenantCausesNoWrites() {
    var retailer = tenants.awaitReady(tenants.apply(tenants.newRetailer(DeletionPolicy.Delete)));
    var names = TenantNames.of(retailer);
    var before = resourceVersions(names);
    double checks = realmChecks();

    // Wait for several periodic checks of the external parts (every 2 s in tests).
    await().atMost(TenantFixture.READY_WITHIN).until(() -> realmChecks() >= checks + 3);

    assertThat(resourceVersions(names)).isEqualTo(before);
    assertThat(tenants.get(retailer).getMetadata().getResourceVersion())
        .isEqualTo(retailer.getMetadata().getResourceVersion());
  }

  /** Applies all, then waits: the tenants come up side by side. */
  private List<TenantNames> readyTenants(int count) {
    var applied =
        IntStream.range(0, count)
            .mapToObj(i -> tenants.apply(tenants.newRetailer(DeletionPolicy.Delete)))
            .toList();
    return applied.stream().map(tenants::awaitReady).map(TenantNames::of).toList();
  }

  private double realmChecks() {
    var counter = registry.find("vitrine.external.checks").tag("part", "realm").counter();
    return counter == null ? 0 : counter.count();
  }

  private Map<String, String> resourceVersions(TenantNames names) {
    var ns = names.namespace();
    var versions = new TreeMap<String, String>();
    Stream.of(
            client.secrets().inNamespace(ns).list().getItems(),
            client.configMaps().inNamespace(ns).list().getItems(),
            client.apps().deployments().inNamespace(ns).list().getItems(),
            client.services().inNamespace(ns).list().getItems(),
            client.network().v1().networkPolicies().inNamespace(ns).list().getItems(),
            client.rbac().roles().inNamespace(ns).list().getItems(),
            client.rbac().roleBindings().inNamespace(ns).list().getItems(),
            client.serviceAccounts().inNamespace(ns).list().getItems(),
            client.policy().v1().podDisruptionBudget().inNamespace(ns).list().getItems())
        .flatMap(list -> list.stream().map(HasMetadata.class::cast))
        .forEach(
            o ->
                versions.put(
                    o.getKind() + "/" + o.getMetadata().getName(),
                    o.getMetadata().getResourceVersion()));
    return versions;
  }

  private void execute(TenantNames tenant, String sql) throws SQLException {
    String password = tenants.secretValue(tenant.namespace(), "database-credentials", "password");
    try (var connection =
            DriverManager.getConnection(stack.jdbcUrl(), tenant.databaseRole(), password);
        var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private String serviceToken(TenantNames tenant) throws IOException, InterruptedException {
    String secret =
        tenants.secretValue(tenant.namespace(), "keycloak-clients", "serviceClientSecret");
    String form =
        "grant_type=client_credentials&client_id=vitrine-tenant-service&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    var request =
        HttpRequest.newBuilder(
                URI.create(realmUrl(tenant.realm()) + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body()).get("access_token").asText();
  }

  private int adminUsersStatus(String realm, String token)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(
                URI.create(stack.get("VITRINE_KEYCLOAK_URL") + "/admin/realms/" + realm + "/users"))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private String realmUrl(String realm) {
    return stack.get("VITRINE_KEYCLOAK_URL") + "/realms/" + realm;
  }

  @AfterEach
  void deleteRetailers() {
    tenants.deleteAll();
  }
}
