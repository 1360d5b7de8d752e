package io.vitrine.operator.rollout.tenant;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.vitrine.operator.config.OperatorConfig;
import io.vitrine.operator.platform.PlatformUnavailableException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.ClientBuilderWrapper;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * Bearer tokens the operator presents to a tenant's tenant-service: client credentials of the
 * confidential client {@value #CLIENT} in the tenant's realm, whose service account holds the realm
 * role {@value #ROLE}. The client and role are ensured through the Keycloak admin API the first
 * time a realm is used (Keycloak generates the secret; it never leaves Keycloak and the operator's
 * memory), and tokens are cached and refreshed by the Keycloak client until they expire.
 */
@ApplicationScoped
public class PlatformTokens {

  public static final String CLIENT = "vitrine-platform";
  public static final String ROLE = "platform-operator";

  private final OperatorConfig config;
  private final Map<String, Keycloak> byRealm = new ConcurrentHashMap<>();
  private Keycloak admin;

  public PlatformTokens(OperatorConfig config) {
    this.config = config;
  }

  /** A valid access token of the realm's platform client. */
  public String token(String realm) {
    try {
      return byRealm
          .computeIfAbsent(realm, this::platformClient)
          .tokenManager()
          .getAccessTokenString();
    } catch (ProcessingException e) {
      forget(realm);
      throw new PlatformUnavailableException(PlatformUnavailableException.KEYCLOAK, e);
    } catch (RuntimeException e) {
      forget(realm);
      throw e;
    }
  }

  /** Drops a realm's cached client, e.g. after tenant-service refused its token. */
  public void forget(String realm) {
    Keycloak removed = byRealm.remove(realm);
    if (removed != null) {
      removed.close();
    }
  }

  @PreDestroy
  void close() {
    byRealm.values().forEach(Keycloak::close);
    if (admin != null) {
      admin.close();
    }
  }

  private Keycloak platformClient(String realm) {
    String secret = ensureClient(admin().realm(realm));
    return KeycloakBuilder.builder()
        .serverUrl(config.keycloak().url())
        .realm(realm)
        .clientId(CLIENT)
        .clientSecret(secret)
        .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
        .resteasyClient(http())
        .build();
  }

  private static String ensureClient(RealmResource realm) {
    RoleRepresentation role = ensureRole(realm);
    List<ClientRepresentation> found = realm.clients().findByClientId(CLIENT);
    String id = found.isEmpty() ? create(realm) : found.get(0).getId();
    var serviceAccount = realm.clients().get(id).getServiceAccountUser();
    var roles = realm.users().get(serviceAccount.getId()).roles().realmLevel();
    if (roles.listAll().stream().noneMatch(r -> ROLE.equals(r.getName()))) {
      roles.add(List.of(role));
    }
    return realm.clients().get(id).getSecret().getValue();
  }

  private static RoleRepresentation ensureRole(RealmResource realm) {
    try {
      return realm.roles().get(ROLE).toRepresentation();
    } catch (NotFoundException e) {
      realm
          .roles()
          .create(
              new RoleRepresentation(
                  ROLE, "The Vitrine operator: reads stores and KPIs for StoreRollouts", false));
      return realm.roles().get(ROLE).toRepresentation();
    }
  }

  private static String create(RealmResource realm) {
    var client = new ClientRepresentation();
    client.setClientId(CLIENT);
    client.setName("Vitrine operator");
    client.setProtocol("openid-connect");
    client.setEnabled(true);
    client.setPublicClient(false);
    client.setClientAuthenticatorType("client-secret");
    client.setServiceAccountsEnabled(true);
    client.setStandardFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setImplicitFlowEnabled(false);
    try (Response response = realm.clients().create(client)) {
      if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
        return realm.clients().findByClientId(CLIENT).get(0).getId();
      }
      return CreatedResponseUtil.getCreatedId(response);
    }
  }

  private synchronized Keycloak admin() {
    if (admin == null) {
      var keycloak = config.keycloak();
      admin =
          KeycloakBuilder.builder()
              .serverUrl(keycloak.url())
              .realm(keycloak.adminRealm())
              .clientId(keycloak.adminClientId())
              .grantType(OAuth2Constants.PASSWORD)
              .username(keycloak.adminUser())
              .password(keycloak.adminPassword())
              .resteasyClient(http())
              .build();
    }
    return admin;
  }

  private static Client http() {
    return ClientBuilderWrapper.create(null, false)
        .connectTimeout(5, SECONDS)
        .readTimeout(30, SECONDS)
        .register(JacksonProvider.class, 100)
        .build();
  }
}
