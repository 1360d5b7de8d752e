package io.vitrine.operator.platform.keycloak;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.vitrine.operator.platform.PlatformUnavailableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.ClientBuilderWrapper;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Creates, observes and drops one tenant's realm in the shared Keycloak through its admin API.
 * Apply creates a missing realm in one import and otherwise changes only what differs; it never
 * removes roles or users a retailer may have added.
 */
public final class KeycloakRealms implements AutoCloseable {

  private static final int MAX_ADMINS = 1000;

  private final Keycloak keycloak;

  public KeycloakRealms(
      String url, String adminRealm, String adminClientId, String adminUser, String adminPassword) {
    Client http =
        ClientBuilderWrapper.create(null, false)
            .connectTimeout(5, SECONDS)
            .readTimeout(30, SECONDS)
            .register(JacksonProvider.class, 100)
            .build();
    this.keycloak =
        KeycloakBuilder.builder()
            .serverUrl(url)
            .realm(adminRealm)
            .clientId(adminClientId)
            .grantType(OAuth2Constants.PASSWORD)
            .username(adminUser)
            .password(adminPassword)
            .resteasyClient(http)
            .build();
  }

  /** The realm as far as {@link TenantRealm#matches} needs it, or empty when it is missing. */
  public Optional<TenantRealm> find(String realm) {
    RealmSpec.requireValidRealm(realm);
    return call(() -> representation(realm).map(found -> describe(keycloak.realm(realm), found)));
  }

  /** Creates the realm, or brings settings, roles, clients and admins to the spec. */
  public void apply(RealmSpec spec) {
    call(
        () -> {
          RealmResource realm = keycloak.realm(spec.realm());
          Optional<RealmRepresentation> current = representation(spec.realm());
          if (current.isEmpty()) {
            keycloak.realms().create(RealmRepresentations.newRealm(spec));
          } else {
            RealmRepresentations.settingsChanges(current.get(), spec).ifPresent(realm::update);
            ensureRoles(realm, spec);
            ensureClients(realm, spec);
            ensureAdmins(realm, spec);
          }
          ensureServiceAccountRoles(realm);
          return null;
        });
  }

  /** Deletes the realm with its users and clients; a missing realm is fine. */
  public void drop(String realm) {
    RealmSpec.requireValidRealm(realm);
    call(
        () -> {
          try {
            keycloak.realm(realm).remove();
          } catch (NotFoundException e) {
            // already gone
          }
          return null;
        });
  }

  @Override
  public void close() {
    keycloak.close();
  }

  private Optional<RealmRepresentation> representation(String realm) {
    try {
      return Optional.of(keycloak.realm(realm).toRepresentation());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private static TenantRealm describe(RealmResource realm, RealmRepresentation representation) {
    Set<String> roles = names(realm.roles().list(), RoleRepresentation::getName);
    Optional<ClientRepresentation> adminApi = client(realm, RealmSpec.ADMIN_API_CLIENT);
    Optional<ClientRepresentation> service = client(realm, RealmSpec.SERVICE_CLIENT);
    return new TenantRealm(
        representation.getRealm(),
        representation.getDisplayName(),
        Duration.ofSeconds(representation.getAccessTokenLifespan()),
        Duration.ofSeconds(representation.getSsoSessionIdleTimeout()),
        Boolean.TRUE.equals(representation.isBruteForceProtected()),
        representation.getFailureFactor(),
        roles,
        names(realm.clients().findAll(), ClientRepresentation::getClientId),
        roles.contains(RealmSpec.ADMIN_ROLE) ? adminEmails(realm) : Set.of(),
        service.map(client -> serviceAccountRoles(realm, client)).orElse(Set.of()),
        adminApi.isPresent() && service.isPresent()
            ? RealmSpec.clientSecretsFingerprint(
                secret(realm, adminApi.get()), secret(realm, service.get()))
            : null);
  }

  private static Set<String> adminEmails(RealmResource realm) {
    return names(
        realm.roles().get(RealmSpec.ADMIN_ROLE).getUserMembers(0, MAX_ADMINS),
        user -> user.getUsername().toLowerCase(Locale.ROOT));
  }

  private static void ensureRoles(RealmResource realm, RealmSpec spec) {
    Set<String> existing = names(realm.roles().list(), RoleRepresentation::getName);
    spec.roles().stream()
        .filter(role -> !existing.contains(role))
        .forEach(role -> realm.roles().create(RealmRepresentations.role(role)));
  }

  private static void ensureClients(RealmResource realm, RealmSpec spec) {
    for (ClientRepresentation wanted : RealmRepresentations.clients(spec)) {
      Optional<ClientRepresentation> existing = client(realm, wanted.getClientId());
      if (existing.isEmpty()) {
        createdId(realm.clients().create(wanted), "client " + wanted.getClientId());
      } else if (!wanted.getSecret().equals(secret(realm, existing.get()))) {
        var resource = realm.clients().get(existing.get().getId());
        ClientRepresentation rotated = resource.toRepresentation();
        rotated.setSecret(wanted.getSecret());
        resource.update(rotated);
      }
    }
  }

  private static void ensureAdmins(RealmResource realm, RealmSpec spec) {
    RoleRepresentation adminRole = realm.roles().get(RealmSpec.ADMIN_ROLE).toRepresentation();
    for (String email : spec.normalizedAdminEmails()) {
      List<UserRepresentation> found = realm.users().searchByUsername(email, true);
      String id =
          found.isEmpty()
              ? createdId(realm.users().create(RealmRepresentations.admin(email)), "admin user")
              : found.get(0).getId();
      UserResource user = realm.users().get(id);
      boolean hasRole =
          user.roles().realmLevel().listAll().stream()
              .anyMatch(role -> role.getName().equals(RealmSpec.ADMIN_ROLE));
      if (!hasRole) {
        user.roles().realmLevel().add(List.of(adminRole));
      }
    }
  }

  /** Lets tenant-service create and read associates in its own realm, nothing more. */
  private static void ensureServiceAccountRoles(RealmResource realm) {
    ClientRepresentation service = client(realm, RealmSpec.SERVICE_CLIENT).orElseThrow();
    ClientRepresentation management =
        client(realm, RealmSpec.REALM_MANAGEMENT_CLIENT).orElseThrow();
    Set<String> granted = serviceAccountRoles(realm, service);
    List<RoleRepresentation> missing =
        RealmSpec.SERVICE_ACCOUNT_ROLES.stream()
            .filter(role -> !granted.contains(role))
            .map(role -> realm.clients().get(management.getId()).roles().get(role))
            .map(role -> role.toRepresentation())
            .toList();
    if (!missing.isEmpty()) {
      serviceAccount(realm, service).roles().clientLevel(management.getId()).add(missing);
    }
  }

  private static Set<String> serviceAccountRoles(RealmResource realm, ClientRepresentation client) {
    Optional<ClientRepresentation> management = client(realm, RealmSpec.REALM_MANAGEMENT_CLIENT);
    if (management.isEmpty() || !Boolean.TRUE.equals(client.isServiceAccountsEnabled())) {
      return Set.of();
    }
    return names(
        serviceAccount(realm, client).roles().clientLevel(management.get().getId()).listAll(),
        RoleRepresentation::getName);
  }

  private static UserResource serviceAccount(RealmResource realm, ClientRepresentation client) {
    String userId = realm.clients().get(client.getId()).getServiceAccountUser().getId();
    return realm.users().get(userId);
  }

  private static Optional<ClientRepresentation> client(RealmResource realm, String clientId) {
    return realm.clients().findByClientId(clientId).stream().findFirst();
  }

  private static String secret(RealmResource realm, ClientRepresentation client) {
    return realm.clients().get(client.getId()).getSecret().getValue();
  }

  private static String createdId(Response response, String what) {
    try (response) {
      if (response.getStatus() >= 500) {
        throw new WebApplicationException(response);
      }
      if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
        throw new IllegalStateException(
            "Keycloak refused to create " + what + ": HTTP " + response.getStatus());
      }
      return CreatedResponseUtil.getCreatedId(response);
    }
  }

  private static <T> Set<String> names(List<T> items, Function<T, String> name) {
    return items.stream().map(name).collect(Collectors.toSet());
  }

  /** Connection failures and 5xx answers mean Keycloak is unavailable; the rest propagates. */
  private static <T> T call(Supplier<T> work) {
    try {
      return work.get();
    } catch (ProcessingException e) {
      throw new PlatformUnavailableException(PlatformUnavailableException.KEYCLOAK, e);
    } catch (WebApplicationException e) {
      if (e.getResponse() != null && e.getResponse().getStatus() >= 500) {
        throw new PlatformUnavailableException(PlatformUnavailableException.KEYCLOAK, e);
      }
      throw e;
    }
  }
}
