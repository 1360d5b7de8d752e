package io.vitrine.operator.platform.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

class RealmRepresentationsTest {

  private final RealmSpec spec = RealmSpecTest.spec();

  @Test
  void newRealmCarriesSettingsRolesClientsAndAdmins() {
    RealmRepresentation realm = RealmRepresentations.newRealm(spec);

    assertThat(realm.isEnabled()).isTrue();
    assertThat(realm.getAccessTokenLifespan()).isEqualTo(300);
    assertThat(realm.getSsoSessionIdleTimeout()).isEqualTo(1800);
    assertThat(realm.isBruteForceProtected()).isTrue();
    assertThat(realm.getFailureFactor()).isEqualTo(5);
    assertThat(realm.getRoles().getRealm())
        .extracting(RoleRepresentation::getName)
        .containsExactlyElementsOf(spec.roles());
    assertThat(realm.getClients())
        .extracting(ClientRepresentation::getClientId)
        .containsExactly("vitrine-admin-api", "vitrine-tenant-service");
    assertThat(realm.getUsers())
        .singleElement()
        .satisfies(
            admin -> {
              assertThat(admin.getUsername()).isEqualTo("owner@acme.example");
              assertThat(admin.getRealmRoles()).containsExactly("retailer-admin");
              assertThat(admin.getCredentials()).isNullOrEmpty();
            });
  }

  @Test
  void clientsAreConfidentialWithTheirOwnFlows() {
    var clients = RealmRepresentations.clients(spec);
    ClientRepresentation adminApi = clients.get(0);
    ClientRepresentation service = clients.get(1);

    assertThat(adminApi.isPublicClient()).isFalse();
    assertThat(adminApi.getSecret()).isEqualTo("admin-api-secret-1");
    assertThat(adminApi.isStandardFlowEnabled()).isTrue();
    assertThat(adminApi.isDirectAccessGrantsEnabled()).isTrue();
    assertThat(adminApi.isServiceAccountsEnabled()).isFalse();
    assertThat(service.isPublicClient()).isFalse();
    assertThat(service.getSecret()).isEqualTo("service-secret-1");
    assertThat(service.isServiceAccountsEnabled()).isTrue();
    assertThat(service.isStandardFlowEnabled()).isFalse();
    assertThat(service.isDirectAccessGrantsEnabled()).isFalse();
    assertThat(service.isImplicitFlowEnabled()).isFalse();
  }

  @Test
  void adminsHaveRequiredActionsAndNoCredentials() {
    UserRepresentation admin = RealmRepresentations.admin("owner@acme.example");

    assertThat(admin.getEmail()).isEqualTo("owner@acme.example");
    assertThat(admin.isEnabled()).isTrue();
    assertThat(admin.getRequiredActions()).containsExactly("UPDATE_PASSWORD", "VERIFY_EMAIL");
    assertThat(admin.getCredentials()).isNullOrEmpty();
  }

  @Test
  void settingsChangesAreEmptyWhenTheRealmAlreadyHasThem() {
    RealmRepresentation current = RealmRepresentations.newRealm(spec);

    assertThat(RealmRepresentations.settingsChanges(current, spec)).isEmpty();
    current.setFailureFactor(30);
    assertThat(RealmRepresentations.settingsChanges(current, spec))
        .hasValueSatisfying(changes -> assertThat(changes.getFailureFactor()).isEqualTo(5));
  }
}
