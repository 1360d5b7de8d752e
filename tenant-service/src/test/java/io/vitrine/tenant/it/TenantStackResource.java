package io.vitrine.tenant.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vitrine.testing.LocalStack;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A fresh tenant on the local stack for one test run (schema and role, realm, and a second realm
 * whose tokens must be refused), and tenant-service configured for it as the operator configures
 * the pod. Everything is dropped in {@link #stop()}.
 */
public class TenantStackResource implements QuarkusTestResourceLifecycleManager {

  /** Test-only configuration the ITs read to log in; the service ignores it. */
  public static final String CLIENT_SECRET = "vitrine.test.client-secret";

  public static final String USER_PASSWORD = "vitrine.test.user-password";
  public static final String OTHER_REALM = "vitrine.test.other-realm";

  /**
   * Init argument: configure the tenant's POS as this provider ({@code shopify}, {@code square}),
   * with a generated signing key and pseudonym key, as the operator's Secrets would.
   */
  public static final String POS_PROVIDER = "pos-provider";

  /** The Square notification URL the tests register: the public one, not the test port. */
  public static final String SQUARE_NOTIFICATION_URL =
      "https://horloge-royale.vitrine.example.com/v1/webhooks/square";

  private final SecureRandom random = new SecureRandom();
  private TenantDatabase database;
  private TenantRealms realms;
  private CatalogIndexFixture catalog;
  private String realm;
  private String otherRealm;
  private String posProvider;

  @Override
  public void init(Map<String, String> initArgs) {
    posProvider = initArgs.get(POS_PROVIDER);
  }

  @Override
  public Map<String, String> start() {
    var stack = LocalStack.load();
    String suffix = hex(4);
    database = new TenantDatabase(stack, "tenant_it_" + suffix, hex(16));
    database.create();
    realms = new TenantRealms(stack);
    realm = "vitrine-it-" + suffix;
    otherRealm = "vitrine-it-other-" + suffix;
    String clientSecret = hex(16);
    String password = hex(12);
    realms.create(realm, clientSecret, password);
    realms.create(otherRealm, clientSecret, password);
    catalog = new CatalogIndexFixture(stack.get("VITRINE_OPENSEARCH_URL"), "catalog-it-" + suffix);
    catalog.create();
    var config = new HashMap<String, String>();
    config.putAll(pos(suffix));
    config.put("vitrine.catalog.index-alias", catalog.alias);
    config.put("vitrine.keycloak.service-client-id", TenantRealms.SERVICE_CLIENT_ID);
    config.put("vitrine.keycloak.service-client-secret", clientSecret);
    config.putAll(
        Map.ofEntries(
            Map.entry("quarkus.datasource.reactive.url", database.reactiveUrl()),
            Map.entry("quarkus.datasource.jdbc.url", stack.jdbcUrl()),
            Map.entry("quarkus.datasource.username", database.role),
            Map.entry("quarkus.datasource.password", database.password),
            Map.entry("vitrine.database.schema", database.schema),
            Map.entry("vitrine.keycloak.url", stack.get("VITRINE_KEYCLOAK_URL")),
            Map.entry("vitrine.keycloak.realm", realm),
            Map.entry("vitrine.opensearch.url", stack.get("VITRINE_OPENSEARCH_URL")),
            Map.entry(CLIENT_SECRET, clientSecret),
            Map.entry(USER_PASSWORD, password),
            Map.entry(OTHER_REALM, otherRealm),
            Map.entry("quarkus.http.test-port", "0")));
    return config;
  }

  private Map<String, String> pos(String suffix) {
    if (posProvider == null) {
      return Map.of();
    }
    return Map.of(
        "vitrine.pos.provider",
        posProvider,
        "vitrine.pos.shop-domain",
        "it-" + suffix + ".myshopify.com",
        "vitrine.pos.merchant-id",
        "MLIT" + suffix.toUpperCase(),
        "vitrine.pos.api-token",
        hex(16),
        "vitrine.pos.webhook-signing-key",
        hex(24),
        "vitrine.pos.pseudonym-key",
        hex(32),
        "vitrine.pos.square.notification-url",
        SQUARE_NOTIFICATION_URL);
  }

  @Override
  public void stop() {
    if (realms != null) {
      realms.delete(realm);
      realms.delete(otherRealm);
    }
    if (database != null) {
      database.drop();
    }
    if (catalog != null) {
      catalog.drop();
    }
  }

  private String hex(int bytes) {
    var value = new byte[bytes];
    random.nextBytes(value);
    return HexFormat.of().formatHex(value);
  }
}
