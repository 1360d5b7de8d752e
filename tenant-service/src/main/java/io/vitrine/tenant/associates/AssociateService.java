package io.vitrine.tenant.associates;

import static io.vitrine.tenant.common.problem.ProblemType.ASSOCIATE_EXISTS;
import static io.vitrine.tenant.common.problem.ProblemType.ASSOCIATE_NOT_FOUND;
import static io.vitrine.tenant.common.problem.ProblemType.ROLE_NOT_GRANTABLE;

import io.vitrine.tenant.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Associates and store managers as users of the tenant realm. New users get no credentials: at
 * their first login Keycloak makes them set a password and verify their e-mail, so no password is
 * ever chosen, sent or stored here.
 */
@ApplicationScoped
public class AssociateService {

  /** The roles this API manages; admins and auditors are the operator's and Keycloak's business. */
  public static final List<String> MANAGED_ROLES = List.of("associate", "store-manager");

  static final List<String> FIRST_LOGIN_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");
  private static final int MAX_LISTED = 1000;

  private final RealmAdminApi realm;

  public AssociateService(RealmAdminApi realm) {
    this.realm = realm;
  }

  public Associate create(String email, String firstName, String lastName, String role) {
    String id =
        realm
            .createUser(newUser(email.strip().toLowerCase(Locale.ROOT), firstName, lastName))
            .orElseThrow(() -> Problem.of(ASSOCIATE_EXISTS));
    RoleRepresentation grantable =
        realm.availableRealmRoles(id).stream()
            .filter(available -> available.getName().equals(role))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the realm has no role " + role));
    realm.addRealmRoles(id, List.of(grantable));
    return associate(realm.user(id).orElseThrow(), role);
  }

  /** Every associate and store manager, by e-mail. */
  public List<Associate> list() {
    var associates = new ArrayList<Associate>();
    for (UserRepresentation user : realm.users(MAX_LISTED)) {
      if (user.getServiceAccountClientId() == null) {
        managedRole(user.getId()).ifPresent(role -> associates.add(associate(user, role)));
      }
    }
    associates.sort(
        Comparator.comparing(Associate::email, Comparator.nullsLast(String::compareTo)));
    return associates;
  }

  /** Disables the user and ends their sessions, if they hold one of {@code manageableRoles}. */
  public Associate disable(String id, Set<String> manageableRoles) {
    UserRepresentation user = realm.user(id).orElseThrow(() -> Problem.of(ASSOCIATE_NOT_FOUND, id));
    String role = managedRole(id).orElseThrow(() -> Problem.of(ASSOCIATE_NOT_FOUND, id));
    if (!manageableRoles.contains(role)) {
      throw Problem.of(ROLE_NOT_GRANTABLE, role);
    }
    user.setEnabled(false);
    realm.updateUser(id, user);
    realm.logout(id);
    return associate(user, role);
  }

  private static UserRepresentation newUser(String email, String firstName, String lastName) {
    var user = new UserRepresentation();
    user.setUsername(email);
    user.setEmail(email);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEnabled(true);
    user.setEmailVerified(false);
    user.setRequiredActions(FIRST_LOGIN_ACTIONS);
    return user;
  }

  private Optional<String> managedRole(String id) {
    List<String> roles = realm.realmRoles(id).stream().map(RoleRepresentation::getName).toList();
    // A store manager who is also an associate counts as a store manager.
    return Stream.of("store-manager", "associate").filter(roles::contains).findFirst();
  }

  private static Associate associate(UserRepresentation user, String role) {
    return new Associate(
        user.getId(),
        user.getEmail(),
        user.getFirstName(),
        user.getLastName(),
        role,
        Boolean.TRUE.equals(user.isEnabled()),
        user.getRequiredActions() == null ? List.of() : List.copyOf(user.getRequiredActions()));
  }
}
